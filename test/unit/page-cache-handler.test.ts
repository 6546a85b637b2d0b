import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

type Handler = {
  get(key: string): Promise<{ value: unknown } | null>;
  set(key: string, data: unknown, ctx: { cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

const holder = globalThis as typeof globalThis & { __contestedFiguresDataVersion?: number };
let cache: Handler;

beforeAll(() => {
  // A budget of 1 MB, so that eviction can be seen with a few pages.
  process.env.PAGE_CACHE_MB = '1';
  const PageCacheHandler = createRequire(import.meta.url)('../../db/page-cache-handler.cjs');
  cache = new PageCacheHandler();
});

const page = (html: string, tags = '') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html),
  headers: { 'x-next-cache-tags': tags },
});

describe('the page cache', () => {
  it('keeps nothing before the database has given a data version', async () => {
    holder.__contestedFiguresDataVersion = undefined;
    await cache.set('/', page('<p>early</p>'), {});
    expect(await cache.get('/')).toBeNull();
  });

  it('serves a page for the data version it was rendered under, and never after a load', async () => {
    holder.__contestedFiguresDataVersion = 1;
    await cache.set('/metrics/a', page('<p>version one</p>'), {});
    expect((await cache.get('/metrics/a'))?.value).toMatchObject({ html: '<p>version one</p>' });

    holder.__contestedFiguresDataVersion = 2;
    expect(await cache.get('/metrics/a')).toBeNull();
  });

  it('drops the least recently used pages past its memory budget', async () => {
    holder.__contestedFiguresDataVersion = 3;
    // Each page is about 200 kB (HTML and RSC payload): five fit in 1 MB, six do not.
    const big = 'x'.repeat(100_000);
    await cache.set('/first', page(big), {});
    for (let index = 0; index < 4; index++) await cache.set(`/other-${index}`, page(big), {});
    expect(await cache.get('/first')).not.toBeNull();
    await cache.set('/last', page(big), {});
    expect(await cache.get('/other-0')).toBeNull();
    expect(await cache.get('/first')).not.toBeNull();
    expect(await cache.get('/last')).not.toBeNull();
  });

  it('drops the pages of a revalidated tag', async () => {
    holder.__contestedFiguresDataVersion = 4;
    await cache.set('/topics/a', page('<p>a</p>', '_N_T_/layout,_N_T_/topics/a'), {});
    await cache.set('/topics/b', page('<p>b</p>', '_N_T_/layout,_N_T_/topics/b'), {});
    await cache.revalidateTag('_N_T_/topics/a');
    expect(await cache.get('/topics/a')).toBeNull();
    expect(await cache.get('/topics/b')).not.toBeNull();
  });
});

describe('the page cache just after a load', () => {
  it('keeps no render for a few seconds, since one begun before the load may carry the old data', async () => {
    holder.__contestedFiguresDataVersion = 5;
    (holder as { __contestedFiguresDataVersionChangedAt?: number }).__contestedFiguresDataVersionChangedAt =
      Date.now();
    await cache.set('/sources/a', page('<p>maybe old</p>'), {});
    expect(await cache.get('/sources/a')).toBeNull();

    (holder as { __contestedFiguresDataVersionChangedAt?: number }).__contestedFiguresDataVersionChangedAt =
      Date.now() - 60_000;
    await cache.set('/sources/a', page('<p>settled</p>'), {});
    expect(await cache.get('/sources/a')).not.toBeNull();
  });
});
