import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { byText } from './order-by-text';
import { claimants, figureTallies } from '../schema';
import { sumOfTallies } from './figure-tallies';

export function listClaimantSummaries(db: Db) {
  return db
    .select({
      slug: claimants.slug,
      name: claimants.name,
      kind: claimants.kind,
      side: claimants.side,
      role: claimants.role,
      figureCount: sumOfTallies,
    })
    .from(claimants)
    .leftJoin(figureTallies, eq(figureTallies.claimantId, claimants.id))
    .groupBy(claimants.id)
    .orderBy(byText(claimants.name));
}

export async function getClaimantBySlug(db: Db, slug: string) {
  const [claimant] = await db.select().from(claimants).where(eq(claimants.slug, slug));
  return claimant;
}

/** Who gives the figures of one metric: each claimant with its side and how many of the metric's figures are its. */
export function listClaimantsOfMetric(db: Db, metricId: number) {
  return db
    .select({ slug: claimants.slug, name: claimants.name, side: claimants.side, figureCount: sumOfTallies })
    .from(figureTallies)
    .innerJoin(claimants, eq(figureTallies.claimantId, claimants.id))
    .where(eq(figureTallies.metricId, metricId))
    .groupBy(claimants.id)
    .orderBy(byText(claimants.name));
}
