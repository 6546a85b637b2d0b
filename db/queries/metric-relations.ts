import { eq } from 'drizzle-orm';
import { figureFilters } from '@/lib/figures/figure-filters';
import type { Db } from '../client';
import { listFirstFigureRecords } from './figure-records';
import { byText } from './order-by-text';
import { metricRelations, metrics } from '../schema';

/** How many of each related metric's figures a metric page lists; the rest are a link away. */
export const relatedFiguresShown = 5;

/**
 * The metrics related to one metric, by name: the relation as read on this metric's page, the first figures of
 * each (as added) and how many it has in all.
 */
export async function listRelatedMetrics(db: Db, metricId: number, figuresShown = relatedFiguresShown) {
  const related = await db
    .select({ slug: metrics.slug, name: metrics.name, relation: metricRelations.relation })
    .from(metricRelations)
    .innerJoin(metrics, eq(metricRelations.relatedMetricId, metrics.id))
    .where(eq(metricRelations.metricId, metricId))
    .orderBy(byText(metrics.name));
  return Promise.all(
    related.map(async (metric) => {
      const { records, total } = await listFirstFigureRecords(
        db,
        figureFilters({ metric: [metric.slug] }),
        figuresShown,
      );
      return { ...metric, figures: records, total };
    }),
  );
}

export type RelatedMetric = Awaited<ReturnType<typeof listRelatedMetrics>>[number];
