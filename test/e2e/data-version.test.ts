import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '@/db/client';
import { loadSeedDirectory } from '@/db/load-seed';
import { startNextServer, type RunningServer } from '../support/next-server';
import { createThrowawayDatabase } from '../support/test-database';

// A load from another process reaches a running server only on a database server; PGlite has one owner.
const postgresUrl =
  process.env.DATABASE_URL ??
  process.env.POSTGRES_TEST_URL ??
  'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const metricPath = '/metrics/russian-military-casualties';
const oldName = 'Russian military casualties (killed and wounded)';
const newName = 'Russian military losses (killed and wounded)';

let server: RunningServer;
let seedDir: string;
let database: { url: string; drop(): Promise<void> };

beforeAll(async () => {
  database = await createThrowawayDatabase(postgresUrl);
  seedDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cf-version-seeds-'));
  await fs.cp('seeds', seedDir, { recursive: true });
  server = await startNextServer({ DATABASE_URL: database.url, SEED_DIR: seedDir });
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function get(pathname: string, headers: Record<string, string> = {}) {
  // fetch would add "Cache-Control: no-cache" to a conditional request, which rules out a 304; a browser
  // revalidating its copy sends max-age=0.
  const response = await fetch(`${server.baseUrl}${pathname}`, {
    headers: { 'cache-control': 'max-age=0', ...headers },
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function renameMetricAndLoad(): Promise<void> {
  const file = path.join(seedDir, 'metrics.yaml');
  const yaml = await fs.readFile(file, 'utf8');
  expect(yaml).toContain(oldName);
  await fs.writeFile(file, yaml.replace(oldName, newName));
  const loader = await openPostgres(database.url);
  try {
    await loadSeedDirectory(loader.db, seedDir);
  } finally {
    await loader.close();
  }
}

describe('pages rendered once per data version', () => {
  it('serves a page from the cache with an ETag and Cache-Control a CDN can keep, and a 304 for a matching ETag', async () => {
    const first = await get(metricPath);
    const second = await get(metricPath);
    expect(first.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('x-response-cache')).toBe('hit');
    expect(second.headers.get('cache-control')).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
    const etag = second.headers.get('etag');
    expect(etag).toBeTruthy();

    const revalidated = await get(metricPath, { 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
  });

  it('shows a load made by another process on every page at once, with new ETags', async () => {
    const before = await get(metricPath);
    const figuresBefore = await get('/figures?topic=casualties');
    expect(before.text).toContain(oldName);
    expect(figuresBefore.text).toContain(oldName);

    await renameMetricAndLoad();

    let after = await get(metricPath);
    for (let attempt = 0; attempt < 50 && !after.text.includes(newName); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await get(metricPath);
    }
    expect(after.text).toContain(newName);
    expect(after.text).not.toContain(oldName);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect((await get(metricPath, { 'if-none-match': before.headers.get('etag')! })).status).toBe(200);

    const figuresAfter = await get('/figures?topic=casualties');
    expect(figuresAfter.text).toContain(newName);
    expect((await get('/')).text).not.toContain(oldName);
  });
});
