import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { FigureFilters } from '@/lib/figures/figure-filters';
import type { Db } from '../client';
import { claimants, figures, metrics, sources, topics } from '../schema';

/** A figure with everything needed to show or export it: metric, topic, claimant and source. */
const figureRecordColumns = {
  id: figures.id,
  publicId: figures.publicId,
  kind: figures.kind,
  valueText: figures.valueText,
  value: figures.value,
  valueLow: figures.valueLow,
  valueHigh: figures.valueHigh,
  bound: figures.bound,
  unit: figures.unit,
  per: figures.per,
  normalisedValue: figures.normalisedValue,
  normalisedUnit: figures.normalisedUnit,
  normalisedPer: figures.normalisedPer,
  periodStart: figures.periodStart,
  periodEnd: figures.periodEnd,
  quote: figures.quote,
  quoteStart: figures.quoteStart,
  quoteEnd: figures.quoteEnd,
  quotePrefix: figures.quotePrefix,
  quoteSuffix: figures.quoteSuffix,
  note: figures.note,
  metric: { slug: metrics.slug, name: metrics.name, unit: metrics.unit },
  topic: { slug: topics.slug, name: topics.name },
  claimant: { slug: claimants.slug, name: claimants.name, side: claimants.side, kind: claimants.kind },
  source: {
    slug: sources.slug,
    title: sources.title,
    outlet: sources.outlet,
    author: sources.author,
    publishedOn: sources.publishedOn,
    publishedPrecision: sources.publishedPrecision,
    url: sources.url,
    sha256: sources.sha256,
  },
};

function selectFigureRecords(db: Db) {
  return db
    .select(figureRecordColumns)
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id));
}

export type FigureRecord = Awaited<ReturnType<ReturnType<typeof selectFigureRecords>['execute']>>[number];

function filterConditions(filters: FigureFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.topic.length) conditions.push(inArray(topics.slug, filters.topic));
  if (filters.metric.length) conditions.push(inArray(metrics.slug, filters.metric));
  if (filters.claimant.length) conditions.push(inArray(claimants.slug, filters.claimant));
  if (filters.source.length) conditions.push(inArray(sources.slug, filters.source));
  if (filters.side.length) conditions.push(inArray(claimants.side, filters.side));
  if (filters.kind.length) conditions.push(inArray(figures.kind, filters.kind));
  if (filters.outlet.length) conditions.push(inArray(sources.outlet, filters.outlet));
  return conditions;
}

/** One keyset page of figures matching the filters, in id order; `after` is the last id of the previous page. */
export function listFigureRecords(db: Db, filters: FigureFilters, page: { after?: number; limit: number }) {
  const conditions = filterConditions(filters);
  if (page.after !== undefined) conditions.push(gt(figures.id, page.after));
  return selectFigureRecords(db)
    .where(and(...conditions))
    .orderBy(asc(figures.id))
    .limit(page.limit);
}

export async function countFigureRecords(db: Db, filters: FigureFilters): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(...filterConditions(filters)));
  return row?.count ?? 0;
}

/** Every matching figure, read in keyset pages so memory stays flat however many rows match. */
export async function* iterateFigureRecords(
  db: Db,
  filters: FigureFilters,
  pageSize = 1000,
): AsyncGenerator<FigureRecord> {
  let after: number | undefined;
  for (;;) {
    const rows = await listFigureRecords(db, filters, { after, limit: pageSize });
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = last.id;
  }
}

export async function getFigureRecord(db: Db, publicId: string): Promise<FigureRecord | undefined> {
  const [row] = await selectFigureRecords(db).where(eq(figures.publicId, publicId));
  return row;
}
