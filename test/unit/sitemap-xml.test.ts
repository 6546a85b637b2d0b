import { describe, expect, it } from 'vitest';
import { figureSitemapCount, figureSitemapIds, sitemapIndexXml, urlSetXml } from '@/lib/site/sitemap-xml';

describe('sitemaps', () => {
  it('write each address with its lastmod, escaped for XML', () => {
    expect(urlSetXml([{ loc: 'https://example.org/figures?q=a&b=<c>', lastmod: '2026-12-07' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://example.org/figures?q=a&amp;b=&lt;c&gt;</loc><lastmod>2026-12-07</lastmod></url>\n' +
        '</urlset>\n',
    );
    expect(
      sitemapIndexXml([{ loc: 'https://example.org/sitemaps/pages.xml', lastmod: '2026-12-07' }]),
    ).toContain(
      '<sitemap><loc>https://example.org/sitemaps/pages.xml</loc><lastmod>2026-12-07</lastmod></sitemap>',
    );
  });

  it('split the figures into sitemaps of at most 50,000 ids, one at least', () => {
    expect(figureSitemapCount(0)).toBe(1);
    expect(figureSitemapCount(50_000)).toBe(1);
    expect(figureSitemapCount(50_001)).toBe(2);
    expect(figureSitemapCount(1_000_065)).toBe(21);
    expect(figureSitemapIds(0)).toEqual({ first: 1, last: 50_000 });
    expect(figureSitemapIds(20)).toEqual({ first: 1_000_001, last: 1_050_000 });
  });
});
