import { describe, expect, inject, it } from 'vitest';
import { firstFigurePath } from '../support/first-figure-path';

const baseUrl = inject('baseUrl');

function meta(html: string, attribute: 'property' | 'name', key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`));
  return tag?.[1]?.replace(/&amp;/g, '&');
}

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('shared links: Open Graph and Twitter tags, a canonical address and a card image that renders', () => {
  it.each([
    ['the home page', '/', false],
    ['a metric, with its own card', '/metrics/russian-military-casualties', true],
    ['a figure, with its own card', '', true],
    ['a topic', '/topics/casualties', false],
    ['a source', '/sources', false],
    ['about', '/about', false],
    ['all figures', '/figures', false],
  ])('%s %s', async (_what, given, ownCard) => {
    const path = given || (await firstFigurePath(baseUrl));
    const html = await (await fetch(`${baseUrl}${path}`)).text();
    // Compared as addresses: Next writes the home page's as the bare origin.
    const address = new URL(`${baseUrl}${path}`).href;
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    expect(canonical && new URL(canonical).href).toBe(address);
    expect(new URL(meta(html, 'property', 'og:url')!).href).toBe(address);
    expect(meta(html, 'property', 'og:title')).toBeTruthy();
    expect(meta(html, 'property', 'og:description')).toBeTruthy();
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
    const image = meta(html, 'property', 'og:image');
    expect(
      image?.startsWith(ownCard ? `${baseUrl}${path}/opengraph-image` : `${baseUrl}/opengraph-image`),
    ).toBe(true);
    expect(meta(html, 'property', 'og:image:width')).toBe('1200');
    const response = await fetch(image!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });
});
