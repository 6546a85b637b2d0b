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
