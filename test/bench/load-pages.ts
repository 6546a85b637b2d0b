import http from 'node:http';
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
  /** The body's size as sent: gzip where the server compressed it. */
  bytes: number;
  /** The body's size uncompressed. */
  plainBytes: number;
  page: Load;
  bare: Load;
}

// What a browser asks for: readers' browsers, and CDNs, always accept compressed bodies.
const acceptEncoding = 'gzip, deflate, br';

/** autocannon against one URL on 127.0.0.1: `connections` connections for `duration` seconds, as a browser asks. */
async function cannon(url: string, { connections, duration }: LoadSettings): Promise<Load> {
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    headers: { 'accept-encoding': acceptEncoding },
  });
  return {
    completed: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors,
  };
}

interface Sent {
  status: number;
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

// node:http, not fetch: fetch decompresses, and the bare server must send the very bytes the page server sent.
function get(url: string, encoding: string): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { 'accept-encoding': encoding }, timeout: 120_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks),
            headers: response.headers,
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} in 120 s`)));
    request.on('error', reject);
  });
}

/**
 * Requests the page three times as a browser asks for it: the first renders (and fills the cache kept per data
 * version), the last gives the bytes the bare server then serves; once more uncompressed, for its plain size.
 */
async function warm(url: string): Promise<Sent & { plainBytes: number }> {
  let sent: Sent | undefined;
  for (let attempt = 0; attempt < 3; attempt++) sent = await get(url, acceptEncoding);
  const plain = await get(url, 'identity');
  return { ...sent!, plainBytes: plain.body.length };
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
    const { status, body, headers, plainBytes } = await warm(origin + page.path);
    const pageLoad = await cannon(origin + page.path, settings);
    await waitUntilIdle(pid);
    await bare.serve(body, {
      'content-type': headers['content-type'] ?? 'application/octet-stream',
      ...(headers['content-encoding'] ? { 'content-encoding': headers['content-encoding'] } : {}),
    });
    const bareLoad = await cannon(`${bare.origin}/`, settings);
    process.stderr.write(`${Math.round(pageLoad.requestsPerSecond)} req/s\n`);
    loads.push({ ...page, status, bytes: body.length, plainBytes, page: pageLoad, bare: bareLoad });
  }
  return loads;
}
