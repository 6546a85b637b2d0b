import { describe, expect, it } from 'vitest';
import { addressToRender } from '@/lib/http/page-query.mjs';

describe('the address Next renders', () => {
  it('drops the query of a page that reads none', () => {
    for (const page of [
      '/',
      '/metrics',
      '/metrics/russian-military-casualties',
      '/topics/casualties',
      '/sources/pokrovsk-mine-trump-envoy',
      '/sources/pokrovsk-mine-trump-envoy/coverage',
      '/claimants/isw',
      '/figures/russian-casualties-per-day',
      '/embed/metrics/russian-military-casualties',
      '/about',
      '/changes',
      '/corrections',
    ]) {
      expect(addressToRender(`${page}?utm_source=story&side=isw`, false)).toBe(page);
      expect(addressToRender(page, false)).toBe(page);
    }
  });

  it('keeps the query where something reads it', () => {
    for (const address of [
      '/figures?metric=drones&page=2',
      '/figures.csv?metric=drones',
      '/figures.json?q=drones',
      '/metrics/russian-military-casualties/data.csv?x=1',
      '/edit/some-article?draft=1',
      '/sitemaps/figures/0?x=1',
      '/_next/image?url=%2Ficon.svg&w=64&q=75',
      '/figures/view?x=1',
    ]) {
      expect(addressToRender(address, false)).toBe(address);
    }
  });

  it("keeps the client router's query, which Next reads", () => {
    expect(addressToRender('/metrics/russian-military-casualties?_rsc=abc', true)).toBe(
      '/metrics/russian-military-casualties?_rsc=abc',
    );
  });
});
