import { describe, expect, it } from 'vitest';
import { downloadEtag, notModifiedResponse } from '@/lib/http/download-caching';
import { matchesEtag } from '@/lib/http/response-cache.mjs';

describe('download entity tags', () => {
  it('change with the data version and with what the content depends on, and only with them', () => {
    const tag = downloadEtag(7, ['figures.csv', 'https://cf.example', { side: ['russia'] }]);
    expect(tag).toMatch(/^W\/"v7-[A-Za-z0-9_-]{22}"$/);
    expect(downloadEtag(7, ['figures.csv', 'https://cf.example', { side: ['russia'] }])).toBe(tag);
    expect(downloadEtag(8, ['figures.csv', 'https://cf.example', { side: ['russia'] }])).not.toBe(tag);
    expect(downloadEtag(7, ['figures.csv', 'https://cf.example', { side: ['nato'] }])).not.toBe(tag);
    expect(downloadEtag(7, ['figures.json', 'https://cf.example', { side: ['russia'] }])).not.toBe(tag);
  });
});

describe('If-None-Match (RFC 9110 weak comparison)', () => {
  const current = 'W/"v7-abc"';
  it.each([
    ['W/"v7-abc"', true],
    ['"v7-abc"', true],
    ['"v6-abc", W/"v7-abc"', true],
    ['"a,b", "v7-abc"', true],
    ['*', true],
    [' * ', true],
    ['"v6-abc"', false],
    ['W/"v7-ab"', false],
    ['v7-abc', false],
    ['', false],
  ])('%j matches: %s', (header, matches) => {
    expect(matchesEtag(header, current)).toBe(matches);
  });

  it('never matches without the header', () => {
    expect(matchesEtag(null, current)).toBe(false);
  });
});

describe('a 304', () => {
  it('has no body and keeps the validator and the caching rule', async () => {
    const response = notModifiedResponse('W/"v7-abc"');
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe('W/"v7-abc"');
    expect(response.headers.get('cache-control')).toContain('s-maxage=');
    expect(await response.text()).toBe('');
  });
});
