import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { byText } from './order-by-text';
import { crossCheckInputs, crossChecks, figures, metrics } from '../schema';

/** Cross-checks involving any figure of the metric, each with its named input figures (none when no check does). */
export async function listCrossChecksForMetric(db: Db, metricId: number) {
  const involved = db
    .selectDistinct({ id: crossCheckInputs.crossCheckId })
    .from(crossCheckInputs)
    .innerJoin(figures, eq(crossCheckInputs.figureId, figures.id))
    .where(eq(figures.metricId, metricId));
  const checks = await db
    .select()
    .from(crossChecks)
    .where(inArray(crossChecks.id, involved))
    .orderBy(byText(crossChecks.slug));
  if (checks.length === 0) return [];
  const inputs = await db
    .select({
      crossCheckId: crossCheckInputs.crossCheckId,
      name: crossCheckInputs.name,
      figurePublicId: figures.publicId,
      valueText: figures.valueText,
      periodStart: figures.periodStart,
      periodEnd: figures.periodEnd,
      metricSlug: metrics.slug,
      metricName: metrics.name,
    })
    .from(crossCheckInputs)
    .innerJoin(figures, eq(crossCheckInputs.figureId, figures.id))
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .where(
      inArray(
        crossCheckInputs.crossCheckId,
        checks.map((check) => check.id),
      ),
    )
    .orderBy(byText(crossCheckInputs.name));
  return checks.map((check) => ({
    ...check,
    inputs: inputs.filter((input) => input.crossCheckId === check.id),
  }));
}
