import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { FigureFilters } from '@/lib/figures/figure-filters';
import type { ExportLine } from './figure-export-lines';
import type { Database, Db } from '../client';
import { claimants, figures, metrics, sources, topics } from '../schema';
import { filterConditions, joinQuotedVersion, quotedVersion } from './figure-records';

const dialect = new PgDialect({ casing: 'snake_case' });

function selectLines(db: Db, { line, joins }: ExportLine, filters: FigureFilters, afterId?: number) {
  const conditions = filterConditions(filters);
  if (afterId !== undefined) conditions.push(gt(figures.id, afterId));
  // The filters read the metric, topic, claimant and source tables; the line reads its joined cells.
  let query = db
    .select({ id: figures.id, line: sql<string>`${line}`.as('line') })
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .leftJoin(quotedVersion, joinQuotedVersion)
    .$dynamic();
  for (const join of joins) query = query.innerJoin(join.table, join.on);
  return query.where(and(...conditions)).orderBy(asc(figures.id));
}

/** Keyset batches, each one string the database joined from its lines: PGlite, and PostgreSQL when COPY is busy. */
async function* batchLines(
  db: Db,
  line: ExportLine,
  filters: FigureFilters,
  batchSize: number,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let afterId = 0;
  for (;;) {
    const batch = selectLines(db, line, filters, afterId).limit(batchSize).as('batch');
    const [result] = await db
      .select({
        rows: sql<number>`count(*)::int`,
        lastId: sql<number | null>`max(${batch.id})`,
        text: sql<string | null>`string_agg(${batch.line}, '' order by ${batch.id})`,
      })
      .from(batch);
    if (!result?.text || result.lastId === null) return;
    yield encoder.encode(result.text);
    if (result.rows < batchSize) return;
    afterId = result.lastId;
  }
}

/**
 * The `line` of every figure matching `filters`, in id order, as bytes in large chunks: lines are written by the
 * database and never become row objects here. The first chunk is read when the caller first asks.
 */
export function streamFigureLines(
  database: Database,
  line: ExportLine,
  filters: FigureFilters,
  batchSize = 5000,
): AsyncGenerator<Uint8Array> {
  const batches = () => batchLines(database.db, line, filters, batchSize);
  if (!database.copyOutValues) return batches();
  // COPY takes no bind parameters, so its query is rendered with the values inlined as escaped literals.
  const rows = selectLines(database.db, line, filters).as('rows');
  const query = database.db.select({ line: rows.line }).from(rows).orderBy(rows.id).getSQL();
  return database.copyOutValues(dialect.sqlToQuery(query.inlineParams()).sql, batches);
}
