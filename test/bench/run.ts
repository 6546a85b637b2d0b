import os from 'node:os';
import { z } from 'zod';
import { countFigureRecords } from '@/db/queries/figure-records';
import { figureFilters } from '@/lib/figures/figure-filters';
import { startBareServer, type BareServer } from './bare-server';
import { filledPglite, filledPostgres, seededPglite, type BenchData } from './bench-data';
import { readBundleSizes } from './bundle-sizes';
import { cleanUp, cleanUpOnSignals } from './cleanup';
import { copyThroughput, downloadFullCsv } from './csv-throughput';
import { runLighthouse, summariseRuns, type LighthouseReport, type LighthouseResult } from './lighthouse';
import { loadPages } from './load-pages';
import { readOptions, type BenchOptions } from './options';
import { pickPages } from './pick-pages';
import { bundleTable, exportLine, lighthouseTable, pageTable } from './report';
import { requireBuild, startServer } from './start-server';

// npm run bench [-- figures]: starts the production server (`npm start`) on an existing build and measures what
// readers feel: every page type under load against the same bytes from bare Node, the full CSV export against COPY with the server's RSS,
// first-load JS and Lighthouse. Speed targets are printed, never asserted: it fails only when something fails to run.

const healthSchema = z.object({ driver: z.string(), counts: z.object({ figures: z.number() }) });

function passes(options: BenchOptions): (() => Promise<BenchData>)[] {
  if (options.driver === 'postgres') {
    return [() => filledPostgres(process.env.DATABASE_URL!, options.figures ?? 1_000_000)];
  }
  const figures = options.figures ?? 100_000;
  return [async () => seededPglite(), ...(figures > 0 ? [() => filledPglite(figures)] : [])];
}

/**
 * Lighthouse on each page, `runs` times, the pages taken in turn so that a busy moment of the machine falls on
 * one run of several pages rather than on every run of one. A failed run is reported and the rest summarised; only
 * when no page finishes a run did the bench fail.
 */
async function lighthouseScores(origin: string, paths: string[], runs: number): Promise<LighthouseResult[]> {
  const reports = new Map(paths.map((path) => [path, [] as LighthouseReport[]]));
  const failures = new Map(paths.map((path) => [path, [] as string[]]));
  for (let run = 1; run <= runs; run++) {
    for (const path of paths) {
      process.stderr.write(`  lighthouse ${path}, run ${run} of ${runs}\n`);
      await runLighthouse(origin, path).then(
        (report) => reports.get(path)!.push(report),
        (error: unknown) => failures.get(path)!.push(error instanceof Error ? error.message : String(error)),
      );
    }
  }
  const results = paths.map((path) => summariseRuns(path, reports.get(path)!, failures.get(path)!));
  if (results.every((result) => 'error' in result)) process.exitCode = 1;
  return results;
}

async function runPass(data: BenchData, options: BenchOptions, bare: BareServer) {
  const database = await data.open();
  const [pages, figureCount] = await Promise.all([
    pickPages(database.db),
    countFigureRecords(database.db, figureFilters()),
  ]).finally(() => database.close());

  console.error(`${data.label}: starting the production server`);
  const server = await startServer(options.port === 0 ? undefined : options.port, data.serverEnv);
  const health = healthSchema.parse(await (await fetch(`${server.origin}/api/health`)).json());
  if (health.counts.figures !== figureCount) {
    throw new Error(`the server sees ${health.counts.figures} figures, the bench loaded ${figureCount}`);
  }
  const settings = { connections: options.connections, duration: options.duration };
  const loads = await loadPages(server, pages, bare, settings);
  const metricPath = pages.find((page) => page.label === 'metric')!.path;
  const lighthouse = options.lighthouse
    ? lighthouseTable(
        await lighthouseScores(server.origin, ['/', metricPath, '/figures'], options.lighthouseRuns),
      )
    : 'Lighthouse skipped (--no-lighthouse).';
  console.error('  full /figures.csv');
  const download = await downloadFullCsv(server.origin, server.pid);
  await server.stop();
  console.error('  COPY of the same rows');
  const copy = await copyThroughput(data, server.origin);

  console.log(`\n### ${data.label}\n`);
  console.log(
    `Driver ${health.driver}, ${figureCount.toLocaleString('en')} figures (the server's /api/health agrees), ` +
      `${options.connections} connections for ${options.duration} s per URL, asking as a browser does ` +
      `(Accept-Encoding: gzip, deflate, br); latencies in ms; the ratio is the page's req/s over bare Node's ` +
      `serving the same bytes with the same headers.\n`,
  );
  console.log(pageTable(loads));
  console.log();
  console.log(
    exportLine(
      download,
      copy,
      data.driver === 'postgres' ? 'COPY TO STDOUT' : "PGlite's COPY TO '/dev/blob'",
    ),
  );
  console.log(`\nLighthouse, mobile:\n`);
  console.log(lighthouse);
}

async function main() {
  cleanUpOnSignals();
  const options = readOptions(process.argv.slice(2), process.env);
  requireBuild();
  console.log(
    `## npm run bench, ${new Date().toISOString().slice(0, 16)}Z: ${os.cpus().length} CPUs, Node ${process.version}\n`,
  );
  console.log('First-load JavaScript of the build, gzip level 9:\n');
  console.log(bundleTable(readBundleSizes()));
  const bare = await startBareServer(options.port === 0 ? 0 : options.port + 1);
  for (const prepare of passes(options)) {
    await runPass(await prepare(), options, bare);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
