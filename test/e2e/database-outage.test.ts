import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '@/db/client';
import { fillWithCopies } from '../support/fill-figures';
import { startNextServer, type RunningServer } from '../support/next-server';
import { createThrowawayDatabase } from '../support/test-database';

// A database that hangs is one whose tables another session holds locked; only a database server can show that.
const postgresUrl =
  process.env.DATABASE_URL ??
  process.env.POSTGRES_TEST_URL ??
  'postgres://postgres:postgres@127.0.0.1:5432/postgres';

let server: RunningServer;
let database: { url: string; drop(): Promise<void> };

beforeAll(async () => {
  database = await createThrowawayDatabase(postgresUrl);
  server = await startNextServer({ DATABASE_URL: database.url });
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function get(pathname: string) {
  const started = Date.now();
  const response = await fetch(`${server.baseUrl}${pathname}`);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, ms: Date.now() - started };
}

/** Holds every table locked for `ms` from another session, as a long migration or a stuck transaction would. */
async function lockEveryTable(ms: number): Promise<() => Promise<void>> {
  const locker = postgres(database.url, { max: 1, onnotice: () => {} });
  const tables = await locker<{ name: string }[]>`
    select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`;
  let locked!: () => void;
  const holding = new Promise<void>((resolve) => (locked = resolve));
  const transaction = locker.begin(async (session) => {
    await session.unsafe(
      `lock table ${tables.map((table) => table.name).join(', ')} in access exclusive mode`,
    );
    locked();
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
  await holding;
  return async () => {
    await transaction;
    await locker.end();
  };
}

describe('a database that stops answering', () => {
  it('gives health 503 in under 3 s, cached pages 200, other pages and downloads 503 with Retry-After, and recovers without a restart', async () => {
    const cachedPath = '/metrics/russian-military-casualties';
    expect((await get(cachedPath)).status).toBe(200);
    expect((await get(cachedPath)).headers.get('x-response-cache')).toBe('hit');

    const release = await lockEveryTable(12_000);
    try {
      const health = await get('/api/health');
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(3_000);
      expect(JSON.parse(health.text)).toEqual({
        status: 'unavailable',
        error: 'The database did not answer within 1 s: it may be overloaded or locked.',
      });
      expect(health.text).not.toMatch(/select|from "/i);

      const cached = await get(cachedPath);
      expect(cached.status).toBe(200);
      expect(cached.headers.get('x-response-cache')).toBe('hit');

      const [page, download] = await Promise.all([get('/claimants'), get('/figures.csv?side=ukraine')]);
      for (const answer of [page, download]) {
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(answer.text).not.toMatch(/^id,/);
      }
      expect(page.text).toContain('The database is not answering just now');
      expect(download.text).toMatch(/database (is not answering|did not answer)/);
    } finally {
      await release();
    }

    const health = await get('/api/health');
    expect(health.status).toBe(200);
    const page = await get('/claimants');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>');
    const download = await get('/figures.csv?side=ukraine');
    expect(download.status).toBe(200);
    expect(download.text.split('\r\n')[0]).toMatch(/^figure_id,|^id,/);
  });
});

/** Reads a response body to its end; rejects if the connection is cut first. */
async function readToEnd(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<number> {
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
  }
}

describe('a database that fails in the middle of a download', () => {
  it('cuts the connection so the client sees an error, never a complete-looking file, gzipped or not', async () => {
    const writer = await openPostgres(database.url);
    try {
      await fillWithCopies(writer.db, 300_000);
    } finally {
      await writer.close();
    }
    const admin = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      for (const encoding of ['identity', 'gzip']) {
        const response = await fetch(`${server.baseUrl}/figures.csv`, {
          headers: { 'accept-encoding': encoding },
        });
        expect(response.status).toBe(200);
        const reader = response.body!.getReader();
        expect((await reader.read()).done).toBe(false);
        const ended = await admin<{ ended: boolean }[]>`
          select pg_terminate_backend(pid) as ended from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and query ilike 'copy%'`;
        expect(ended.length).toBeGreaterThan(0);
        await expect(readToEnd(reader)).rejects.toThrow();
      }
    } finally {
      await admin.end();
    }
    // The next reader is served in full.
    const whole = await fetch(`${server.baseUrl}/figures.csv?side=ukraine`);
    expect(whole.status).toBe(200);
    expect((await whole.text()).split('\r\n')[0]).toMatch(/^figure_id,|^id,/);
  });
});
