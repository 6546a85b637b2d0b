import fs from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPageForFile, copyWithButton, saveScreenshot } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPageForFile();
let page: Page;

beforeAll(() => {
  page = browser.page();
});

const slug = 'russian-military-recruitment';
const metricPath = `/metrics/${slug}`;
const embedPath = `/embed/metrics/${slug}`;
// Each chart is drawn twice, wide and narrow, and CSS shows one: the marks a reader meets are the shown chart's.
const chartMarks = (scope: Page) => scope.locator('figure [role="group"] svg:visible a[href^="/figures/"]');
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

async function downloadFrom(button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { download, bytes: await fs.readFile(await download.path()) };
}

describe('chart image downloads', () => {
  let metricName = '';
  let figureCount = 0;

  beforeAll(async () => {
    await page.goto(`${baseUrl}${metricPath}`);
    await chartMarks(page).first().waitFor();
    metricName = (await page.locator('h1').textContent()) ?? '';
    figureCount = await page.locator('table tbody tr').count();
  });

  it('save a standalone SVG with the title, the chart, the source line and the permalink', async () => {
    const { download, bytes } = await downloadFrom('Download SVG');
    expect(download.suggestedFilename()).toBe(`contested-figures-${slug}.svg`);
    const svg = bytes.toString('utf8');
    expect(svg).toContain(xmlText(metricName));
    expect(svg).toContain('Source:');
    expect(svg).toContain(`${baseUrl}${metricPath}`);
    const marks = svg.match(/<a [^>]*href="[^"]*\/figures\/[^"]+"/g) ?? [];
    expect(marks).toHaveLength(figureCount);
    expect(figureCount).toBeGreaterThan(1);
    // Outside the page no CSS variable resolves: every colour must already be in the file.
    expect(svg).not.toContain('var(--');
    const parseError = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')?.textContent,
      svg,
    );
    expect(parseError).toBeUndefined();
  });

  it('save a PNG at twice the size', async () => {
    const { download, bytes } = await downloadFrom('Download PNG');
    expect(download.suggestedFilename()).toBe(`contested-figures-${slug}.png`);
    expect(bytes.subarray(0, 8).equals(pngSignature)).toBe(true);
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(600);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(300);
  });

  it('save the wide chart even on a phone, which shows the narrow one', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    const { bytes } = await downloadFrom('Download SVG');
    await page.setViewportSize({ width: 1280, height: 900 });
    const svg = bytes.toString('utf8');
    expect(Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1])).toBeGreaterThan(600);
    expect(svg.match(/<a [^>]*href="[^"]*\/figures\/[^"]+"/g) ?? []).toHaveLength(figureCount);
    expect(svg).not.toContain('var(--');
  });

  it('offer the embed code with a Copy button', async () => {
    await page.getByText('Embed', { exact: true }).first().click();
    const code = page.getByRole('textbox', { name: /Paste this code/ }).first();
    await expect(code.inputValue()).resolves.toMatch(
      new RegExp(
        `^<iframe src="${baseUrl}${embedPath}" title="[^"]+ — Contested Figures" width="100%" height="\\d+"`,
      ),
    );
    await copyWithButton(page);
    await saveScreenshot(page, 'metric-embed-code');
  });
});

describe('the embed of a metric', () => {
  it('shows one chart with a mark per figure, no site chrome, and a link back', async () => {
    await page.goto(`${baseUrl}${metricPath}`);
    await chartMarks(page).first().waitFor();
    const figureCount = await page.locator('table tbody tr').count();

    await page.setViewportSize({ width: 640, height: 700 });
    const response = await page.goto(`${baseUrl}${embedPath}`);
    expect(response?.status()).toBe(200);
    await chartMarks(page).first().waitFor();
    expect(await page.locator('nav[aria-label="Main"]').count()).toBe(0);
    expect(await page.locator('footer').count()).toBe(0);
    expect(await page.locator('figure [role="group"]').count()).toBe(1);
    expect(await chartMarks(page).count()).toBe(figureCount);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await expect(page.locator('.source-line').textContent()).resolves.toMatch(/^Source: /);
    const back = page.getByRole('link', { name: 'See every figure and its source on Contested Figures' });
    expect(await back.getAttribute('href')).toMatch(new RegExp(`${metricPath}$`));
    expect(await back.getAttribute('target')).toBe('_top');
    expect(await page.title()).toMatch(/Contested Figures/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    await saveScreenshot(page, 'embed');
  });

  it('has no axe violations and no sideways scroll at 320 pixels', async () => {
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.reload();
    await chartMarks(page).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'embed-320');
  });

  it('opens a clicked mark in the whole window, not in the iframe', async () => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.setContent(
      `<iframe src="${baseUrl}${embedPath}" title="Embedded chart" width="900" height="700"></iframe>`,
    );
    const mark = page
      .frameLocator('iframe')
      .locator('figure [role="group"] svg:visible a[href^="/figures/"]')
      .first();
    await mark.waitFor();
    const href = await mark.getAttribute('href');
    await mark.click();
    await page.waitForURL(`${baseUrl}${href}`);
  });

  it('grows its iframe to fit a narrow column, so the source line is never cut off', async () => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`${baseUrl}${metricPath}`);
    await page.getByText('Embed', { exact: true }).first().click();
    const snippet = await page
      .getByRole('textbox', { name: /Paste this code/ })
      .first()
      .inputValue();
    await page.setContent(`<div style="width:340px">${snippet}</div>`);
    const frame = page.frameLocator('iframe');
    await frame.locator('.embed-more').waitFor();
    const pastedHeight = Number(/height="(\d+)"/.exec(snippet)?.[1]);
    const contentHeight = await frame.locator('body').evaluate((body) => body.getBoundingClientRect().height);
    // The snippet's height suits a wide column; in this narrow one the content needs more.
    expect(contentHeight).toBeGreaterThan(pastedHeight);
    await expect
      .poll(() => page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height))
      .toBeGreaterThanOrEqual(contentHeight);
  });

  it('is a 404 for an unknown metric', async () => {
    const response = await page.goto(`${baseUrl}/embed/metrics/nope`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('nav[aria-label="Main"]').count()).toBe(0);
  });
});
