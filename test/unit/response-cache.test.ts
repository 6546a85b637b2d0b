import { describe, expect, it } from 'vitest';
import {
  ResponseCache,
  isKeepable,
  matchesEtag,
  replayableHeaders,
  responseCacheKey,
} from '@/lib/http/response-cache.mjs';

const page = (body: string) => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', etag: '"abc"' },
  body: Buffer.from(body),
});

describe('which requests the response cache answers', () => {
  it('keys a page by its address and the encodings the client accepts', () => {
    expect(responseCacheKey({ method: 'GET', url: '/metrics/x', headers: {} })).toBe(' /metrics/x');
    expect(
      responseCacheKey({ method: 'HEAD', url: '/?a=1', headers: { 'accept-encoding': 'gzip, br' } }),
    ).toBe('gzip,br /?a=1');
  });

  it("leaves the router's payload requests, other methods and odd targets to Next", () => {
    expect(responseCacheKey({ method: 'GET', url: '/metrics/x', headers: { rsc: '1' } })).toBeNull();
    expect(
      responseCacheKey({ method: 'GET', url: '/', headers: { 'next-router-prefetch': '1' } }),
    ).toBeNull();
    expect(responseCacheKey({ method: 'POST', url: '/', headers: {} })).toBeNull();
    expect(responseCacheKey({ method: 'GET', url: 'http://elsewhere/', headers: {} })).toBeNull();
  });
});

describe('which responses it keeps', () => {
  it('keeps a 200 a shared cache may keep, with an ETag', () => {
    const headers = { etag: '"a"', 'cache-control': 's-maxage=300, stale-while-revalidate=86100' };
    expect(isKeepable(200, headers)).toBe(true);
    expect(isKeepable(404, headers)).toBe(false);
    expect(isKeepable(200, { ...headers, 'set-cookie': 'a=b' })).toBe(false);
    expect(isKeepable(200, { etag: '"a"', 'cache-control': 'private, no-cache, no-store, max-age=0' })).toBe(
      false,
    );
    expect(isKeepable(200, { 'cache-control': 's-maxage=300' })).toBe(false);
  });

  it('replays headers without those of one transfer', () => {
    expect(
      replayableHeaders({
        date: 'x',
        connection: 'close',
        'x-nextjs-cache': 'MISS',
        etag: '"a"',
        vary: ['rsc', 'accept-encoding'],
        n: 3,
      }),
    ).toEqual({ etag: '"a"', vary: ['rsc', 'accept-encoding'], n: '3' });
  });

  it('matches If-None-Match weakly, in a list, and by *', () => {
    expect(matchesEtag('"a"', '"a"')).toBe(true);
    expect(matchesEtag('W/"a"', '"a"')).toBe(true);
    expect(matchesEtag('"b", "a"', '"a"')).toBe(true);
    expect(matchesEtag('*', '"a"')).toBe(true);
    expect(matchesEtag('"b"', '"a"')).toBe(false);
    expect(matchesEtag(undefined, '"a"')).toBe(false);
    expect(matchesEtag('W/"a"', ['W/"a"'])).toBe(true);
  });
});

describe('the store', () => {
  it('serves an entry only under the data version it was rendered for', () => {
    const cache = new ResponseCache(1024 * 1024);
    cache.set('k', page('old'), 1);
    expect(cache.get('k', 1)?.body.toString()).toBe('old');
    expect(cache.get('k', 2)).toBeNull();
    expect(cache.get('k', 1)).toBeNull();
  });

  it('drops the least recently used entry when over its budget', () => {
    const cache = new ResponseCache(400);
    cache.set('a', page('x'.repeat(100)), 1);
    cache.set('b', page('y'.repeat(100)), 1);
    cache.get('a', 1);
    cache.set('c', page('z'.repeat(100)), 1);
    expect(cache.get('b', 1)).toBeNull();
    expect(cache.get('a', 1)).not.toBeNull();
    expect(cache.get('c', 1)).not.toBeNull();
    cache.set('huge', page('h'.repeat(1000)), 1);
    expect(cache.get('huge', 1)).toBeNull();
  });
});
