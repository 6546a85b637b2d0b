import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import { type FigureCursor, type FigureFilters, type FigureSort } from '@/lib/figures/figure-filters';
import type { Db } from '../client';
import { byText } from './order-by-text';
import { sumOfTallies } from './figure-tallies';
import { claimants, figures, figureTallies, metrics, sources, sourceVersions, topics } from '../schema';

/** The earlier version of its article a figure quotes, if any: left-joined by document file wherever records are read. */
export const quotedVersion = alias(sourceVersions, 'quoted_version');

/**
 * The checksum of the text a figure's offsets point into: the article's, or the earlier version's when the quote is
 * from one the outlet has since corrected (figures.quote_document), so the quote can always be checked. A join, not
 * a subquery per figure, which would keep an export from running in parallel.
 */
export const quotedTextSha256 = sql<string>`coalesce(${quotedVersion.sha256}, ${sources.sha256})`;

export const joinQuotedVersion = eq(quotedVersion.documentFile, figures.quoteDocument);

/** A figure with everything needed to show or export it: metric, topic, claimant and source. */
export const figureRecordColumns = {
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
  addedOn: figures.addedOn,
  metric: { slug: metrics.slug, name: metrics.name, unit: metrics.unit },
  topic: { slug: topics.slug, name: topics.name },
  claimant: { slug: claimants.slug, name: claimants.name, side: claimants.side, kind: claimants.kind },
  source: {
    slug: sources.slug,
    title: sources.title,
    kind: sources.kind,
    outlet: sources.outlet,
    author: sources.author,
    publishedOn: sources.publishedOn,
    publishedPrecision: sources.publishedPrecision,
    url: sources.url,
    sha256: quotedTextSha256,
  },
};

function selectFigureRecords(db: Db, sortKey: SQL = sql`''`) {
  return db
    .select({ ...figureRecordColumns, sortKey: sql<string>`${sortKey}` })
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .leftJoin(quotedVersion, joinQuotedVersion);
}

/**
 * How many figures match `filters`, in all or per value of a column (`groupBy` picks it from the counted
 * table). Without a text search the counts are summed from the tallies; a search reads the figures' quotes.
 */
export function selectFigureCounts(
  db: Db,
  filters: FigureFilters,
  groupBy: (kind: PgColumn) => { value: PgColumn; label: PgColumn } = (kind) => ({
    value: kind,
    label: kind,
  }),
) {
  const facts = filters.q.length ? figures : figureTallies;
  const { value, label } = groupBy(facts.kind);
  const count = facts === figures ? sql<number>`count(*)::int` : sumOfTallies;
  return db
    .select({ value: sql<string>`${value}::text`, label: sql<string>`${label}::text`, count })
    .from(facts)
    .innerJoin(metrics, eq(facts.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(facts.claimantId, claimants.id))
    .innerJoin(sources, eq(facts.sourceId, sources.id))
    .where(and(...filterConditions(filters, facts.kind), sql`${value} is not null`))
    .groupBy(value, label)
    .orderBy(desc(count), byText(label));
}

export type FigureRecord = Omit<
  Awaited<ReturnType<ReturnType<typeof selectFigureRecords>['execute']>>[number],
  'sortKey'
>;

/** The filters as conditions on the joined tables; `kind` is the figures' column or the tallies'. */
export function filterConditions(filters: FigureFilters, kind: PgColumn = figures.kind): SQL[] {
  const conditions: SQL[] = [];
  if (filters.topic.length) conditions.push(inArray(topics.slug, filters.topic));
  if (filters.metric.length) conditions.push(inArray(metrics.slug, filters.metric));
  if (filters.claimant.length) conditions.push(inArray(claimants.slug, filters.claimant));
  if (filters.source.length) conditions.push(inArray(sources.slug, filters.source));
  if (filters.side.length) conditions.push(inArray(claimants.side, filters.side));
  if (filters.kind.length) conditions.push(inArray(kind, filters.kind));
  if (filters.outlet.length) conditions.push(inArray(sources.outlet, filters.outlet));
  for (const query of filters.q) {
    conditions.push(
      sql`to_tsvector('english', ${figures.quote}) @@ websearch_to_tsquery('english', ${query})`,
    );
  }
  return conditions;
}

// The default order ('added') walks the primary key. Every other sort is a non-null key plus the id as
// tie-breaker, so one row comparison pages through it. A cursor carries the key as text, cast back to compare.
type KeyedSort = Exclude<FigureSort, 'added'>;
interface SortOrder {
  key: SQL;
  fromCursor: (key: string) => SQL;
  direction: 'asc' | 'desc';
  /** For a key from a joined table: that table (aliased), its key, and how its figures join it. */
  group?: { table: typeof metricGroup | typeof sourceGroup; key: SQL; figures: SQL };
}

const metricGroup = alias(metrics, 'sort_metric');
const sourceGroup = alias(sources, 'sort_source');
const undatedLast = (date: PgColumn) => sql`coalesce(${date}, '-infinity'::date)`;

// Each key matches an index expression in schema.ts.
const sortOrders: Record<KeyedSort, SortOrder> = {
  period: {
    key: undatedLast(figures.periodEnd),
    fromCursor: (key) => sql`${key}::date`,
    direction: 'desc',
  },
  published: {
    key: undatedLast(sources.publishedOn),
    fromCursor: (key) => sql`${key}::date`,
    direction: 'desc',
    group: {
      table: sourceGroup,
      key: undatedLast(sourceGroup.publishedOn),
      figures: eq(figures.sourceId, sourceGroup.id),
    },
  },
  metric: {
    key: sql`lower(${metrics.name}) collate "C"`,
    fromCursor: (key) => sql`${key} collate "C"`,
    direction: 'asc',
    group: {
      table: metricGroup,
      key: sql`lower(${metricGroup.name}) collate "C"`,
      figures: eq(figures.metricId, metricGroup.id),
    },
  },
};

function afterCursor(key: SQL, order: SortOrder, cursor: FigureCursor): SQL {
  const value = order.fromCursor(cursor.key);
  return order.direction === 'asc'
    ? sql`(${key}, ${figures.id}) > (${value}, ${cursor.id})`
    : sql`(${key}, ${figures.id}) < (${value}, ${cursor.id})`;
}

function ordered(order: SortOrder, ...columns: (SQL | PgColumn)[]) {
  return columns.map((column) => (order.direction === 'asc' ? asc(column) : desc(column)));
}

/**
 * The ids of one page in a sort by a joined table's key. Sorting the joined rows would read every figure
 * of the first group; instead each group, in key order, gives its first matching figures by the
 * (group, id) index, and the planner stops once the page is full.
 */
async function listGroupedPageIds(
  db: Db,
  conditions: SQL[],
  order: SortOrder & { group: NonNullable<SortOrder['group']> },
  cursor: FigureCursor | undefined,
  limit: number,
): Promise<number[]> {
  const { group } = order;
  const inGroup = [...conditions, group.figures];
  if (cursor) inGroup.push(afterCursor(group.key, order, cursor));
  const page = selectFigureRecords(db)
    .where(and(...inGroup))
    .orderBy(...ordered(order, figures.id))
    .limit(limit)
    .as('page');
  const groups = cursor
    ? order.direction === 'asc'
      ? sql`${group.key} >= ${order.fromCursor(cursor.key)}`
      : sql`${group.key} <= ${order.fromCursor(cursor.key)}`
    : undefined;
  const rows = await db
    .select({ id: page.id })
    .from(group.table)
    .innerJoinLateral(page, sql`true`)
    .where(groups)
    .orderBy(...ordered(order, group.key, page.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

/** The ids of up to `limit` figures meeting `conditions`, in no particular order (a search's: as the index finds them). */
function selectMatchingIds(db: Db, conditions: SQL[], limit: number) {
  return db
    .select({ id: figures.id })
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(...conditions))
    .limit(limit);
}

/**
 * The filters as conditions, with a text search's matches looked up first through the GIN index: when at most
 * `searchCountCap` figures match, the page reads just those ids (null when none match). Left to walk the sort
 * order and test each quote, a rare word would read the whole table; a common one (more matches than the cap)
 * is dense enough that the walk soon fills a page.
 */
async function searchConditions(
  db: Db,
  filters: FigureFilters,
  found?: readonly number[],
): Promise<SQL[] | null> {
  const conditions = filterConditions(filters);
  if (filters.q.length === 0) return conditions;
  const matches =
    found?.map((id) => ({ id })) ?? (await selectMatchingIds(db, conditions, searchCountCap + 1));
  if (matches.length > searchCountCap) return conditions;
  if (matches.length === 0) return null;
  return [
    inArray(
      figures.id,
      matches.map((match) => match.id),
    ),
  ];
}

/** One keyset page of figures matching the filters, in the sort order asked for (by default, as added). */
export async function listFigureRecords(
  db: Db,
  filters: FigureFilters,
  page: {
    sort?: FigureSort;
    cursor?: FigureCursor;
    limit: number;
    /** Up to `searchCountCap + 1` ids of figures matching the filters' search, when already read (the facets read them). */
    searchMatches?: readonly number[];
  },
) {
  const sort = page.sort ?? 'added';
  const conditions = await searchConditions(db, filters, page.searchMatches);
  if (!conditions) return [];
  if (sort === 'added') {
    if (page.cursor) conditions.push(sql`${figures.id} > ${page.cursor.id}`);
    return selectFigureRecords(db, sql`${figures.id}::text`)
      .where(and(...conditions))
      .orderBy(asc(figures.id))
      .limit(page.limit);
  }
  const order = sortOrders[sort];
  const { group } = order;
  if (group) {
    const ids = await listGroupedPageIds(db, conditions, { ...order, group }, page.cursor, page.limit);
    if (ids.length === 0) return [];
    return selectFigureRecords(db, sql`${order.key}::text`)
      .where(inArray(figures.id, ids))
      .orderBy(...ordered(order, order.key, figures.id));
  }
  if (page.cursor) conditions.push(afterCursor(order.key, order, page.cursor));
  return selectFigureRecords(db, sql`${order.key}::text`)
    .where(and(...conditions))
    .orderBy(...ordered(order, order.key, figures.id))
    .limit(page.limit);
}

/** How many figures match, exactly: a text search reads every matching quote (use countFigureRecordsUpTo on pages). */
export async function countFigureRecords(db: Db, filters: FigureFilters): Promise<number> {
  // Counted per kind (the default grouping: at most eight rows) and summed here: one query shape serves totals and facets.
  const rows = await selectFigureCounts(db, filters);
  return rows.reduce((total, row) => total + row.count, 0);
}

/** A text search counts at most this many matches on a page; past it the page says "more than". */
export const searchCountCap = 1000;

/** A count that is exact, or with `more` a floor: more than `count` figures match. */
export interface FigureCount {
  count: number;
  more: boolean;
}

/**
 * How many figures match: exact from the tallies without a text search; with one, exact up to `cap` and otherwise
 * "more than `cap`", so a common word never makes the page read every matching quote.
 */
export async function countFigureRecordsUpTo(
  db: Db,
  filters: FigureFilters,
  cap = searchCountCap,
): Promise<FigureCount> {
  if (filters.q.length === 0) return { count: await countFigureRecords(db, filters), more: false };
  // Reading one row past the cap tells "exactly the cap" from "more"; the GIN index finds the rows.
  const matches = selectMatchingIds(db, filterConditions(filters), cap + 1).as('matches');
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(matches);
  const count = row?.count ?? 0;
  return count > cap ? { count: cap, more: true } : { count, more: false };
}

/** The first `limit` figures of a view, as added, and how many figures the view holds (from the tallies). */
export async function listFirstFigureRecords(db: Db, filters: FigureFilters, limit: number) {
  const [records, total] = await Promise.all([
    listFigureRecords(db, filters, { limit }),
    countFigureRecords(db, filters),
  ]);
  return { records, total };
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

/** Figures by id, in id order. */
export function listFigureRecordsByIds(db: Db, ids: number[]) {
  return selectFigureRecords(db).where(inArray(figures.id, ids)).orderBy(asc(figures.id));
}

export async function getFigureRecord(db: Db, publicId: string): Promise<FigureRecord | undefined> {
  const [row] = await selectFigureRecords(db).where(eq(figures.publicId, publicId));
  return row;
}

/**
 * What "Why they differ" compares across all of a metric's figures: each distinct combination of kind, rate, period,
 * claimant and outlet once, so the rows grow with the variety of the figures, not with their number.
 */
export function listMetricComparisonFacts(db: Db, metricId: number) {
  return db
    .selectDistinct({
      kind: figures.kind,
      per: figures.per,
      periodStart: figures.periodStart,
      periodEnd: figures.periodEnd,
      claimant: { side: claimants.side, name: claimants.name },
      source: { outlet: sources.outlet },
    })
    .from(figures)
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(eq(figures.metricId, metricId));
}

/**
 * The one figure of each of these metrics, for metrics that have exactly one (their number cards): at most one row a
 * metric, whatever the size of the data.
 */
export function listSoleFigureRecords(db: Db, metricIds: number[]) {
  if (metricIds.length === 0) return Promise.resolve([]);
  return selectFigureRecords(db)
    .where(inArray(figures.metricId, metricIds))
    .orderBy(asc(figures.id))
    .limit(metricIds.length);
}
