import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import type { FigureFilters } from '@/lib/figures/figure-filters';
import type { Database, Db } from '../client';
import { joinCopyBinaryText } from '../copy-binary-text';
import { claimants, figures, metrics, sources, topics } from '../schema';
import { filterConditions } from './figure-records';

function selectLines(db: Db, line: SQL, filters: FigureFilters, afterId?: number) {
  const conditions = filterConditions(filters);
  if (afterId !== undefined) conditions.push(gt(figures.id, afterId));
  return db
    .select({ id: figures.id, line: sql<string>`${line}`.as('line') })
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(...conditions))
    .orderBy(asc(figures.id));
}

// COPY takes no bind parameters, so its query is rendered with the values inlined as escaped literals.
const dialect = new PgDialect({ casing: 'snake_case' });

/** PostgreSQL: one COPY streams every line, with the socket paused whenever the reader falls behind. */
async function* copyLines(client: Sql, query: SQL): AsyncGenerator<Uint8Array> {
  const { sql: text } = dialect.sqlToQuery(query.inlineParams());
  const copy = client.unsafe(`copy (${text}) to stdout with (format binary)`);
  const readable: Readable = await copy.readable();
  try {
    yield* joinCopyBinaryText(readable.iterator({ destroyOnReturn: false }));
  } finally {
    if (!readable.readableEnded) {
      // A reader that stops early (a closed download) cancels the COPY and drains it, freeing the connection.
      copy.cancel();
      readable.resume();
      await finished(readable).catch(() => {});
    }
  }
}

/** PGlite (no COPY to a stream): keyset batches, each one string the database joined from its lines. */
async function* batchLines(
  db: Db,
  line: SQL,
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
  line: SQL,
  filters: FigureFilters,
  batchSize = 5000,
): AsyncGenerator<Uint8Array> {
  const { db } = database;
  if (database.driver === 'postgres') {
    // COPY sends every selected column: the line alone, still in id order.
    const rows = selectLines(db, line, filters).as('rows');
    const query = db.select({ line: rows.line }).from(rows).orderBy(rows.id).getSQL();
    return copyLines((db as unknown as { $client: Sql }).$client, query);
  }
  return batchLines(db, line, filters, batchSize);
}
