import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  figureFilters,
  type FigureCursor,
  type FigureFilters,
  type FigureSort,
} from '@/lib/figures/figure-filters';
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

function selectFigureRecords(db: Db, sortKey: SQL = sql`''`) {
  return db
    .select({ ...figureRecordColumns, sortKey: sql<string>`${sortKey}` })
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id));
}

/** Counts over the same joined tables, grouped by `value` and `label` when the caller groups. */
export function selectFigureCounts(db: Db, value: SQL = sql`''`, label: SQL = sql`''`) {
  return db
    .select({ value: sql<string>`${value}`, label: sql<string>`${label}`, count: sql<number>`count(*)::int` })
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id));
}

export type FigureRecord = Omit<
  Awaited<ReturnType<ReturnType<typeof selectFigureRecords>['execute']>>[number],
  'sortKey'
>;

export function filterConditions(filters: FigureFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.topic.length) conditions.push(inArray(topics.slug, filters.topic));
  if (filters.metric.length) conditions.push(inArray(metrics.slug, filters.metric));
  if (filters.claimant.length) conditions.push(inArray(claimants.slug, filters.claimant));
  if (filters.source.length) conditions.push(inArray(sources.slug, filters.source));
  if (filters.side.length) conditions.push(inArray(claimants.side, filters.side));
  if (filters.kind.length) conditions.push(inArray(figures.kind, filters.kind));
  if (filters.outlet.length) conditions.push(inArray(sources.outlet, filters.outlet));
  for (const query of filters.q) {
    conditions.push(
      sql`to_tsvector('english', ${figures.quote}) @@ websearch_to_tsquery('english', ${query})`,
    );
  }
  return conditions;
}

// Each sort is a non-null text key plus the id as tie-breaker, so one row comparison pages through it.
const sortOrders: Record<FigureSort, { key: SQL; direction: 'asc' | 'desc' }> = {
  added: { key: sql`${figures.id}::text`, direction: 'asc' },
  period: { key: sql`coalesce(${figures.periodEnd}::text, '')`, direction: 'desc' },
  published: { key: sql`coalesce(${sources.publishedOn}::text, '')`, direction: 'desc' },
  metric: { key: sql`lower(${metrics.name}) collate "C"`, direction: 'asc' },
};

function afterCursor(sort: FigureSort, cursor: FigureCursor): SQL {
  if (sort === 'added') return sql`${figures.id} > ${cursor.id}`;
  const { key, direction } = sortOrders[sort];
  return direction === 'asc'
    ? sql`(${key}, ${figures.id}) > (${cursor.key} collate "C", ${cursor.id})`
    : sql`(${key}, ${figures.id}) < (${cursor.key} collate "C", ${cursor.id})`;
}

/** One keyset page of figures matching the filters, in the sort order asked for (by default, as added). */
export function listFigureRecords(
  db: Db,
  filters: FigureFilters,
  page: { sort?: FigureSort; cursor?: FigureCursor; limit: number },
) {
  const sort = page.sort ?? 'added';
  const { key, direction } = sortOrders[sort];
  const conditions = filterConditions(filters);
  if (page.cursor) conditions.push(afterCursor(sort, page.cursor));
  // The default order walks the primary key; an expression there would defeat the index.
  const order =
    sort === 'added'
      ? [asc(figures.id)]
      : direction === 'asc'
        ? [asc(key), asc(figures.id)]
        : [desc(key), desc(figures.id)];
  return selectFigureRecords(db, key)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(page.limit);
}

export async function countFigureRecords(db: Db, filters: FigureFilters): Promise<number> {
  const [row] = await selectFigureCounts(db).where(and(...filterConditions(filters)));
  return row?.count ?? 0;
}

/** Every matching figure, read in keyset pages so memory stays flat however many rows match. */
export async function* iterateFigureRecords(
  db: Db,
  filters: FigureFilters,
  pageSize = 1000,
): AsyncGenerator<FigureRecord> {
  let cursor: FigureCursor | undefined;
  for (;;) {
    const rows = await listFigureRecords(db, filters, { cursor, limit: pageSize });
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    cursor = { key: last.sortKey, id: last.id };
  }
}

export async function getFigureRecord(db: Db, publicId: string): Promise<FigureRecord | undefined> {
  const [row] = await selectFigureRecords(db).where(eq(figures.publicId, publicId));
  return row;
}

/** Matching figures grouped by metric slug, for pages that chart several metrics at once. */
export async function listFigureRecordsByMetric(db: Db, filters: FigureFilters, limit: number) {
  const grouped = new Map<string, FigureRecord[]>();
  for (const record of await listFigureRecords(db, filters, { limit })) {
    grouped.set(record.metric.slug, [...(grouped.get(record.metric.slug) ?? []), record]);
  }
  return grouped;
}

// A metric with more figures than this would need a different chart; none comes close.
const metricFigureLimit = 500;

/** The figures a metric's chart and table show: the metric page and its embed read the same rows. */
export function listMetricFigureRecords(db: Db, metricSlug: string) {
  return listFigureRecords(db, figureFilters({ metric: [metricSlug] }), { limit: metricFigureLimit });
}
