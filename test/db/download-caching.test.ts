import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getMetricCsv } from '@/app/(site)/metrics/[slug]/data.csv/route';
import { GET as getDataPackage } from '@/app/datapackage.json/route';
import { GET as getFiguresCsv } from '@/app/figures.csv/route';
import { GET as getFiguresJson } from '@/app/figures.json/route';
import { useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { recordDataVersion } from '@/db/queries/data-version';
import { openFixtureDatabase } from '../support/test-database';

let database: Database;

beforeAll(async () => {
  database = await openFixtureDatabase();
  useDatabase(database);
});
afterAll(() => database.close());

const downloads = [
  ['/figures.csv?side=ukraine', (request: Request) => getFiguresCsv(request)],
  ['/figures.json?topic=arms-production', (request: Request) => getFiguresJson(request)],
  [
    '/metrics/drone-output/data.csv',
    (request: Request) => getMetricCsv(request, { params: Promise.resolve({ slug: 'drone-output' }) }),
  ],
  ['/datapackage.json', (request: Request) => getDataPackage(request)],
] as const;

function get(path: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, { headers });
}

describe('caching of downloads', () => {
  it.each(downloads)(
    '%s: a CDN may keep it, and a current copy gets a 304 with no body',
    async (path, handler) => {
      const first = await handler(get(path));
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate=\d+/);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^W\/".+"$/);
      await first.body?.cancel();

      const again = await handler(get(path, { 'if-none-match': `"stale", ${etag}` }));
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
    },
  );

  it.each(downloads)('%s: a new data version gives a 200 with a new tag', async (path, handler) => {
    const before = await handler(get(path));
    const etag = before.headers.get('etag') ?? '';
    await before.body?.cancel();
    await recordDataVersion(database.db, 'a test load');
    const after = await handler(get(path, { 'if-none-match': etag }));
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect((await after.text()).length).toBeGreaterThan(0);
  });

  it('tags the same view alike however its filters are ordered, and other views differently', async () => {
    const tag = async (path: string) => {
      const response = await getFiguresCsv(get(path));
      await response.body?.cancel();
      return response.headers.get('etag');
    };
    const both = await tag('/figures.csv?side=ukraine&side=independent');
    expect(await tag('/figures.csv?side=independent&side=ukraine&side=ukraine')).toBe(both);
    expect(await tag('/figures.csv?side=ukraine')).not.toBe(both);
  });

  it('never lets a cache keep a 400', async () => {
    const response = await getFiguresCsv(get('/figures.csv?side=martian'));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });
});
