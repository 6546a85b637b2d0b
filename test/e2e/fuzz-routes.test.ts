import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNextServer, type RunningServer } from '../support/next-server';
import { createThrowawayDatabase } from '../support/test-database';

// Every route's parameters and path segments, generated: no answer may be a 5xx or take 5 s, and a refusal must
// name what it refused. Run against the production server on PGlite (the suite's server) and on PostgreSQL.
const casesPerRoute = 1_000;
const postgresUrl =
  process.env.DATABASE_URL ??
  process.env.POSTGRES_TEST_URL ??
  'postgres://postgres:postgres@127.0.0.1:5432/postgres';

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

interface Answer {
  status: number;
  body: string;
  ms: number;
}

function get(baseUrl: string, target: string): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const outgoing = http.get({ hostname, port, path: target, agent, timeout: 10_000 }, (incoming) => {
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => {
        // Enough to find the error message; a 200 download need not be read to its end.
        if (body.length < 20_000) body += chunk;
      });
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body, ms: Date.now() - started }));
      incoming.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer to ${target} within 10 s`)));
    outgoing.on('error', reject);
  });
}

const knownSlugs = ['russian-military-casualties', 'casualties', 'isw', 'kursk', 'x'];
const filterNames = [
  'topic',
  'metric',
  'claimant',
  'source',
  'side',
  'kind',
  'outlet',
  'q',
  'sort',
  'after',
  'limit',
];

// Text as a browser would send it (percent-encoded), or raw printable characters, stray % signs included.
const encoded = fc.string({ unit: 'binary', maxLength: 60 }).map(encodeURIComponent);
const raw = fc.stringMatching(/^[!-~]{0,40}$/).map((text) => text.replace(/[#?/]/g, '%'));
const hostile = fc.constantFrom(
  '%00',
  '%ff',
  '%',
  '%E2%28',
  '..',
  '%2e%2e',
  'a%00b',
  '%c0%af',
  '-',
  '9'.repeat(30),
);
const segment = fc.oneof(fc.constantFrom(...knownSlugs), encoded, raw, hostile, fc.nat().map(String));
const value = fc.oneof(
  segment,
  fc.constantFrom('ukraine', 'claim', 'period', '2147483648', 'WyIwMDAwLTAxLTAxIiwxXQ'),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...filterNames), segment), value), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([name, text]) => `${name}=${text}`).join('&')}` : ''));

const routes: [string, fc.Arbitrary<string>][] = [
  ['/figures', query.map((search) => `/figures${search}`)],
  ['/figures.csv', query.map((search) => `/figures.csv${search}`)],
  ['/figures.json', query.map((search) => `/figures.json${search}`)],
  ['/figures/[id]', fc.tuple(segment, query).map(([id, search]) => `/figures/${id}${search}`)],
  ['/metrics/[slug]', fc.tuple(segment, query).map(([slug, search]) => `/metrics/${slug}${search}`)],
  ['/metrics/[slug]/data.csv', segment.map((slug) => `/metrics/${slug}/data.csv`)],
  ['/sources/[slug]', segment.map((slug) => `/sources/${slug}`)],
  ['/sources/[slug]/coverage', segment.map((slug) => `/sources/${slug}/coverage`)],
  ['/claimants/[slug]', segment.map((slug) => `/claimants/${slug}`)],
  ['/topics/[slug]', segment.map((slug) => `/topics/${slug}`)],
  ['/embed/metrics/[slug]', segment.map((slug) => `/embed/metrics/${slug}`)],
  ['/sitemaps/figures/[chunk]', segment.map((chunk) => `/sitemaps/figures/${chunk}.xml`)],
  ['any path', fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`)],
];

async function checkRoute(baseUrl: string, target: fc.Arbitrary<string>) {
  await fc.assert(
    fc.asyncProperty(target, async (path) => {
      const answer = await get(baseUrl, path);
      expect(answer.status, path).toBeLessThan(500);
      expect(answer.ms, path).toBeLessThan(5_000);
      if (answer.status === 400) {
        expect(answer.body, path).toMatch(/Invalid parameter|unknown parameter|malformed %-escape|not valid/);
      }
    }),
    { numRuns: casesPerRoute },
  );
}

describe.each(['pglite', 'postgres'] as const)('generated requests on %s', (driver) => {
  let server: RunningServer | undefined;
  let database: { drop(): Promise<void> } | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    if (driver === 'pglite' && !process.env.DATABASE_URL) {
      baseUrl = inject('baseUrl');
      return;
    }
    const throwaway = await createThrowawayDatabase(postgresUrl);
    database = throwaway;
    server = await startNextServer({ DATABASE_URL: throwaway.url });
    baseUrl = server.baseUrl;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it.each(routes)(
    '%s: no 5xx, every answer within 5 s, refusals that say why',
    async (_route, target) => {
      await checkRoute(baseUrl, target);
    },
    600_000,
  );
});
