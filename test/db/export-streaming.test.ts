import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getFiguresCsv } from '@/app/figures.csv/route';
import { GET as getFiguresJson } from '@/app/figures.json/route';
import { useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { countFigureRecords } from '@/db/queries/figure-records';
import { figureFilters } from '@/lib/figures/figure-filters';
import { loadSeedDirectory } from '@/db/load-seed';
import { fillWithCopies } from '../support/fill-figures';
import { fixtureSeedDir, openTestDatabase } from '../support/test-database';

// Enough rows that a buffered export (every row held as a JS string) would need far more than the bound below.
const rowCount = 100_000;
const heapGrowthBound = 40 * 1024 * 1024;

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSeedDirectory(database.db, fixtureSeedDir);
  await fillWithCopies(database.db, rowCount);
  useDatabase(database);
}, 180_000);
afterAll(() => database.close());

function retainedHeap(): number {
  if (!global.gc) throw new Error('run with --expose-gc (vitest.config.mts sets it for the db project)');
  global.gc();
  return process.memoryUsage().heapUsed;
}

async function drain(response: Response) {
  const reader = response.body!.getReader();
  const baseline = retainedHeap();
  const started = performance.now();
  let firstChunkAfter = 0;
  let bytes = 0;
  let peakGrowth = 0;
  let chunks = 0;
  let lines = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (chunks === 0) firstChunkAfter = performance.now() - started;
    chunks++;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines++;
    if (chunks % 5000 === 0) peakGrowth = Math.max(peakGrowth, retainedHeap() - baseline);
  }
  return { bytes, lines, peakGrowth, firstChunkAfter, total: performance.now() - started };
}

describe('exports of many rows', () => {
  it.each([
    // CSV: a header line, then a line per figure. JSON: an opening line, a line per figure, a closing line.
    ['/figures.csv', getFiguresCsv, 1],
    ['/figures.json', getFiguresJson, 2],
  ] as const)(
    '%s streams: first bytes early, memory flat, every row sent',
    async (path, handler, extraLines) => {
      const figureCount = await countFigureRecords(database.db, figureFilters());
      expect(figureCount).toBeGreaterThanOrEqual(rowCount);
      const response = await handler(new Request(`http://localhost${path}`));
      const { bytes, lines, peakGrowth, firstChunkAfter, total } = await drain(response);
      expect(lines).toBe(figureCount + extraLines);
      expect(bytes).toBeGreaterThan(heapGrowthBound);
      expect(peakGrowth).toBeLessThan(heapGrowthBound);
      // The first rows leave long before the last are read.
      expect(firstChunkAfter).toBeLessThan(total / 5);
    },
    180_000,
  );
});

/** Exports still running on the server: only PostgreSQL runs them as COPY on connections of their own. */
async function runningCopies(): Promise<number> {
  if (database.driver !== 'postgres') return 0;
  const [row] = (await database.db.execute(
    sql`select count(*)::int as running from pg_stat_activity
        where query ilike 'copy (%' and state = 'active' and datname = current_database()`,
  )) as unknown as { running: number }[];
  return row!.running;
}

describe('downloads a reader leaves part-way', () => {
  it('end on the server and hold no connection, so the next reader is served', async () => {
    // More than the pool's ten connections, so an export that kept its connection would starve the rest.
    const readers = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const response = await getFiguresCsv(new Request('http://localhost/figures.csv'));
        const reader = response.body!.getReader();
        expect((await reader.read()).done).toBe(false);
        return reader;
      }),
    );
    await Promise.all(readers.map((reader) => reader.cancel()));
    for (let attempt = 0; attempt < 50 && (await runningCopies()) > 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await runningCopies()).toBe(0);
    const response = await getFiguresCsv(new Request('http://localhost/figures.csv?metric=drone-output'));
    expect(response.status).toBe(200);
    expect((await response.text()).split('\n').length).toBeGreaterThan(2);
  }, 120_000);
});
