import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import {
  countEverything,
  listMetricSlugsWithSeveralClaimants,
  listMetricSummaries,
} from '@/db/queries/catalogue';
import { listClaimantSummaries } from '@/db/queries/claimants';
import { listFigureFacets } from '@/db/queries/figure-facets';
import { listSourceSummaries } from '@/db/queries/sources';
import { countFigureRecords, iterateFigureRecords, listFigureRecords } from '@/db/queries/figure-records';
import { figureFilters } from '@/lib/figures/figure-filters';
import { figureCsvLines } from '@/lib/csv/figure-csv';
import { loadSeedDirectory } from '@/db/load-seed';
import { fillWithCopies } from '../support/fill-figures';

// npm run bench [-- figures]: copies the dataset's figures until the table holds that many, then times the
// queries pages make and a full CSV export. Uses DATABASE_URL when set (a database it may fill), else PGlite.
const target = Number(process.argv[2] ?? 200_000);

async function timed<T>(label: string, run: () => Promise<T>, repeat = 5): Promise<T> {
  let result: T | undefined;
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms`);
  return result as T;
}

async function main() {
  const database = await openDatabase();
  const { db } = database;
  await database.migrate();
  await loadSeedDirectory(db, 'seeds');
  const fillStart = performance.now();
  await fillWithCopies(db, target);
  const total = await countFigureRecords(db, figureFilters());
  console.log(
    `driver ${database.driver}, ${total} figures (filled in ${((performance.now() - fillStart) / 1000).toFixed(1)} s)`,
  );

  const all = figureFilters();
  const byMetric = figureFilters({ metric: ['russian-military-casualties'] });
  const bySide = figureFilters({ side: ['independent'] });
  await timed('/figures first page (50 rows)', () => listFigureRecords(db, all, { limit: 51 }));
  const deep = Math.floor(total * 0.9);
  await timed('/figures deep page (after 90% of ids)', () =>
    listFigureRecords(db, all, { cursor: { key: String(deep), id: deep }, limit: 51 }),
  );
  await timed('/figures?metric=… first page', () => listFigureRecords(db, byMetric, { limit: 51 }));
  await timed('/figures?side=… first page', () => listFigureRecords(db, bySide, { limit: 51 }));
  await timed('/figures?sort=period first page', () =>
    listFigureRecords(db, all, { sort: 'period', limit: 51 }),
  );
  await timed('/figures?sort=published first page', () =>
    listFigureRecords(db, all, { sort: 'published', limit: 51 }),
  );
  await timed('/figures?sort=metric first page', () =>
    listFigureRecords(db, all, { sort: 'metric', limit: 51 }),
  );
  await timed('/figures?q=drones first page', () =>
    listFigureRecords(db, figureFilters({ q: ['drones'] }), { limit: 51 }),
  );
  await timed('/figures facet counts, unfiltered', () => listFigureFacets(db, all));
  await timed('/figures facet counts, side filter', () => listFigureFacets(db, bySide));
  await timed('count of all figures', () => countFigureRecords(db, all));
  await timed('count with a metric filter', () => countFigureRecords(db, byMetric));
  await timed('count with a text search', () => countFigureRecords(db, figureFilters({ q: ['drones'] })));
  await timed('home page: counts and metric summaries', () =>
    Promise.all([countEverything(db), listMetricSummaries(db), listMetricSlugsWithSeveralClaimants(db)]),
  );
  await timed('claimant and source lists', () =>
    Promise.all([listClaimantSummaries(db), listSourceSummaries(db)]),
  );

  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  let bytes = 0;
  const exportStart = performance.now();
  for await (const line of figureCsvLines(iterateFigureRecords(db, all), 'http://localhost')) {
    bytes += line.length;
    if (bytes % 64 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - exportStart) / 1000;
  console.log(
    `full CSV export: ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s; heap grew at most ${((peak - heapBefore) / 1e6).toFixed(0)} MB`,
  );
  await db.execute(sql`delete from figures where public_id like '%-copy-%'`);
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
