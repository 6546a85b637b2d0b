import autocannon from 'autocannon';
import type { BareServer } from './bare-server';
import type { BenchPage } from './pick-pages';
import { waitUntilIdle } from './process-tree';

export interface LoadSettings {
  connections: number;
  duration: number;
}

export interface Load {
  /** Responses completed within the duration (0: none completed, and the latencies mean nothing). */
  completed: number;
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  /** Responses that were not 2xx, plus connection errors and timeouts. */
  failures: number;
}

export interface PageLoad extends BenchPage {
  status: number;
  bytes: number;
  page: Load;
  bare: Load;
}

/** autocannon against one URL on 127.0.0.1: `connections` connections for `duration` seconds. */
async function cannon(url: string, { connections, duration }: LoadSettings): Promise<Load> {
  const result = await autocannon({ url, connections, duration, timeout: 10 });
  return {
    completed: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors,
  };
}

/**
 * Requests the page three times, uncompressed as autocannon asks for it: the first renders (and, once pages are
 * cached per data version, fills the cache), the last gives the body the bare server then serves.
 */
async function warm(url: string): Promise<{ status: number; body: Uint8Array; contentType: string }> {
  let response: Response | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    response = await fetch(url, {
      headers: { 'accept-encoding': 'identity' },
      signal: AbortSignal.timeout(120_000),
    });
    if (attempt < 2) await response.arrayBuffer();
  }
  return {
    status: response!.status,
    body: new Uint8Array(await response!.arrayBuffer()),
    contentType: response!.headers.get('content-type') ?? 'application/octet-stream',
  };
}

/**
 * Each page under load, then, once the server has finished the requests left over, the same bytes from the bare
 * server under the same load.
 */
export async function loadPages(
  { origin, pid }: { origin: string; pid: number },
  pages: BenchPage[],
  bare: BareServer,
  settings: LoadSettings,
): Promise<PageLoad[]> {
  const loads: PageLoad[] = [];
  for (const page of pages) {
    process.stderr.write(`  ${page.path} … `);
    const { status, body, contentType } = await warm(origin + page.path);
    const pageLoad = await cannon(origin + page.path, settings);
    await waitUntilIdle(pid);
    await bare.serve(body, contentType);
    const bareLoad = await cannon(`${bare.origin}/`, settings);
    process.stderr.write(`${Math.round(pageLoad.requestsPerSecond)} req/s\n`);
    loads.push({ ...page, status, bytes: body.length, page: pageLoad, bare: bareLoad });
  }
  return loads;
}
