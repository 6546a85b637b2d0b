import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { figures, metrics } from '../schema';
import { listFigureRecordsByIds, type FigureRecord } from './figure-records';

/** A figure that stands for a group of a metric's figures in the spread, with how many figures it counts for. */
export type SpreadCandidate = FigureRecord & { figureCount: number };

const figureGroup = sql`partition by ${figures.claimantId}, ${figures.kind}, ${figures.per}, ${figures.bound}`;

// A range is compared at its midpoint, as plottedValue does.
const centralValue = sql`case when ${figures.bound} = 'range' and ${figures.valueLow} is not null and ${figures.valueHigh} is not null
  then (${figures.valueLow} + ${figures.valueHigh}) / 2 else ${figures.value} end`;

/**
 * The few figures of a metric that can decide its spread, read from all of its figures: in each group of one
 * claimant, kind, rate and bound, the lowest and the highest. The lowest carries its group's size, so what the
 * spread leaves out is counted over every figure. computeSpread on these gives what it gives on all the figures.
 */
export async function listSpreadCandidates(db: Db, metricSlug: string): Promise<SpreadCandidate[]> {
  const ranked = db
    .select({
      id: figures.id,
      groupSize: sql<number>`count(*) over (${figureGroup})`.as('group_size'),
      lowest:
        sql<number>`row_number() over (${figureGroup} order by ${centralValue} asc nulls last, ${figures.id})`.as(
          'lowest',
        ),
      highest:
        sql<number>`row_number() over (${figureGroup} order by ${centralValue} desc nulls last, ${figures.id})`.as(
          'highest',
        ),
    })
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .where(eq(metrics.slug, metricSlug))
    .as('ranked');
  const picked = await db
    .select({
      id: ranked.id,
      figureCount: sql<number>`case when ${ranked.lowest} = 1 then ${ranked.groupSize} else 0 end::int`,
    })
    .from(ranked)
    .where(sql`${ranked.lowest} = 1 or ${ranked.highest} = 1`);
  if (picked.length === 0) return [];
  const counts = new Map(picked.map((row) => [row.id, row.figureCount]));
  const records = await listFigureRecordsByIds(db, [...counts.keys()]);
  return records.map((record) => ({ ...record, figureCount: counts.get(record.id) ?? 0 }));
}
