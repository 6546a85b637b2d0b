import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, browserPageForFile } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPageForFile();
let page: Page;

beforeAll(() => {
  page = browser.page();
});

const pageTypes = {
  home: '/',
  topic: '/topics/casualties',
  metric: '/metrics/russian-military-casualties',
  figure: '/figures/russian-casualties-2024-ukraine-general-staff',
  figures: '/figures?topic=casualties',
  sources: '/sources',
  source: '/sources/zelensky-increasingly-urgent-negotiations',
  'source mentions': '/sources/zelensky-increasingly-urgent-negotiations/coverage',
  claimants: '/claimants',
  claimant: '/claimants/institute-for-the-study-of-war',
  metrics: '/metrics',
  about: '/about',
  changes: '/changes',
  corrections: '/corrections',
  'not-found': '/figures/no-such-figure',
};

describe('every page type', () => {
  it.each(Object.entries(pageTypes))(
    '%s (%s) has a title, a description and no axe violations',
    async (name, path) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${baseUrl}${path}`);
      // 'load', not 'networkidle': on a cold cache the router's prefetches of every link keep the network busy.
      await page.waitForLoadState('load');
      expect(await page.title()).toMatch(/Contested Figures/);
      if (name !== 'not-found') {
        expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      }
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.length} × ${violation.help}`,
      );
      expect(summary).toEqual([]);
      await saveScreenshot(page, `page-${name}`);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      // 'load', not 'networkidle': on a cold cache the router's prefetches of every link keep the network busy.
      await page.waitForLoadState('load');
      // Nothing may force a phone reader to scroll sideways, except inside a scrollable table.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `page-${name}-phone`);
    },
  );
});
