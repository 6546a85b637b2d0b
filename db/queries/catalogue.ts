import { asc, countDistinct, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { byText } from './order-by-text';
import { claimants, figureTallies, metrics, sources, topics } from '../schema';
import { sumOfTallies } from './figure-tallies';

export function listTopics(db: Db) {
  return db.select().from(topics).orderBy(asc(topics.position));
}

export async function getTopicBySlug(db: Db, slug: string) {
  const [topic] = await db.select().from(topics).where(eq(topics.slug, slug));
  return topic;
}

/** Metrics with how many figures and distinct claimants each has; all topics, or one. */
export function listMetricSummaries(db: Db, topicId?: number) {
  const query = db
    .select({
      id: metrics.id,
      slug: metrics.slug,
      name: metrics.name,
      definition: metrics.definition,
      unit: metrics.unit,
      topicId: metrics.topicId,
      figureCount: sumOfTallies,
      claimantCount: countDistinct(figureTallies.claimantId),
    })
    .from(metrics)
    .leftJoin(figureTallies, eq(figureTallies.metricId, metrics.id))
    .groupBy(metrics.id)
    .orderBy(byText(metrics.name));
  return topicId === undefined ? query : query.where(eq(metrics.topicId, topicId));
}

export async function getMetricBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ metric: metrics, topic: { slug: topics.slug, name: topics.name } })
    .from(metrics)
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .where(eq(metrics.slug, slug));
  return row;
}

export async function countEverything(db: Db) {
  const count = (table: typeof sources | typeof claimants | typeof metrics | typeof topics) =>
    db.$count(table);
  const [figureCount, sourceCount, claimantCount, metricCount, topicCount] = await Promise.all([
    db
      .select({ count: sumOfTallies })
      .from(figureTallies)
      .then(([row]) => row?.count ?? 0),
    count(sources),
    count(claimants),
    count(metrics),
    count(topics),
  ]);
  return {
    figures: figureCount,
    sources: sourceCount,
    claimants: claimantCount,
    metrics: metricCount,
    topics: topicCount,
  };
}

/** Slugs of metrics that more than one claimant has given a figure for: the candidates for disagreement. */
export async function listMetricSlugsWithSeveralClaimants(db: Db): Promise<string[]> {
  const rows = await db
    .select({ slug: metrics.slug })
    .from(metrics)
    .innerJoin(figureTallies, eq(figureTallies.metricId, metrics.id))
    .groupBy(metrics.id)
    .having(sql`count(distinct ${figureTallies.claimantId}) > 1`);
  return rows.map((row) => row.slug);
}

/** How many figures a metric has, and from how many claimants (from the tallies). */
export async function countMetricFigures(db: Db, metricId: number) {
  const [row] = await db
    .select({ figures: sumOfTallies, claimants: countDistinct(figureTallies.claimantId) })
    .from(figureTallies)
    .where(eq(figureTallies.metricId, metricId));
  return { figures: row?.figures ?? 0, claimants: row?.claimants ?? 0 };
}
