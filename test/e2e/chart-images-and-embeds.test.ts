import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { browserPageForFile, copyWithButton, saveScreenshot, screenshotDir } from '../support/browser';

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

async function downloadFrom(button: string, size?: string): Promise<{ download: Download; bytes: Buffer }> {
  if (size) await page.getByLabel('Image size').first().selectOption({ label: size });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).first().click(),
  ]);
  return { download, bytes: await fs.readFile(await download.path()) };
}

const sizes = [
  { label: 'Landscape, 1200 × 675 (social posts)', width: 1200, height: 675 },
  { label: 'Portrait, 1080 × 1350 (phones)', width: 1080, height: 1350 },
];

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// The words of an SVG's texts, one string: a label wrapped over two lines reads whole again.
const svgWords = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((match) => match[1] ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? '');

describe('chart image downloads', () => {
  let metricName = '';
  let figureCount = 0;
  let claimants: string[] = [];

  beforeAll(async () => {
    await page.goto(`${baseUrl}${metricPath}`);
    await chartMarks(page).first().waitFor();
    metricName = (await page.locator('h1').textContent()) ?? '';
    figureCount = await page.locator('table tbody tr').count();
    // Who says so, as each row of the drawn chart names it in full (its tooltip title).
    claimants = await page
      .locator('figure [role="group"] svg:visible g > title')
      .evaluateAll((titles) => titles.map((title) => title.textContent ?? ''));
  });

  for (const size of sizes) {
    it(`save a standalone ${size.width} × ${size.height} SVG with the headline, the chart, full labels, the source, licence and permalink`, async () => {
      const { download, bytes } = await downloadFrom('Download SVG', size.label);
      expect(download.suggestedFilename()).toBe(`contested-figures-${slug}-${size.width}x${size.height}.svg`);
      const svg = bytes.toString('utf8');
      await fs.mkdir(screenshotDir, { recursive: true });
      await fs.writeFile(path.join(screenshotDir, `chart-image-${size.width}x${size.height}.svg`), svg);
      expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${size.width}" height="${size.height}"`));
      const words = svgWords(svg);
      expect(words).toContain(metricName);
      expect(words).toContain('Source:');
      expect(words).toContain('CC BY 4.0');
      expect(svg).toContain(`<a href="${baseUrl}${metricPath}">`);
      expect(words.replace(/ /g, '')).toContain(`${baseUrl}${metricPath}`);
      expect(claimants.length).toBeGreaterThan(1);
      // Who says so and where and when, each whole: a label cut to fit a column is no use in a posted image.
      for (const title of claimants) {
        for (const part of title.split(' · ')) expect(words).toContain(part);
      }
      expect(words).not.toContain('…');
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

    it(`save a PNG of exactly ${size.width} × ${size.height}`, async () => {
      const { download, bytes } = await downloadFrom('Download PNG', size.label);
      expect(download.suggestedFilename()).toBe(`contested-figures-${slug}-${size.width}x${size.height}.png`);
      expect(bytes.subarray(0, 8).equals(pngSignature)).toBe(true);
      expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
        width: size.width,
        height: size.height,
      });
      await fs.mkdir(screenshotDir, { recursive: true });
      await fs.writeFile(path.join(screenshotDir, `chart-image-${size.width}x${size.height}.png`), bytes);
    });
  }

  it('save the same image from a phone, which shows the narrow chart', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    const { bytes } = await downloadFrom('Download SVG', sizes[0]?.label);
    await page.setViewportSize({ width: 1280, height: 900 });
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="675"/);
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
    const narrowAxe = await new AxeBuilder({ page }).analyze();
    expect(narrowAxe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('gives the plot the width of a 320-pixel column, labels over the marks, none cut short', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${baseUrl}${embedPath}`);
    await chartMarks(page).first().waitFor();
    const chart = page.locator('figure [role="group"] svg:visible');
    await expect(chart.count()).resolves.toBe(1);
    const drawn = await chart.evaluate((svg) => {
      const box = (element: Element) => element.getBoundingClientRect();
      // The value axis is the one solid line across the plot.
      const axis = [...svg.querySelectorAll('line')].find(
        (line) => line.getAttribute('stroke') === 'var(--ink-muted)',
      );
      const labels = [...svg.querySelectorAll('g > title')].map((title) => {
        const row = title.parentElement;
        const texts = [...(row?.querySelectorAll('text') ?? [])];
        return {
          full: title.textContent ?? '',
          shown: texts.map((text) => text.textContent ?? '').join(' '),
          bottom: Math.max(...texts.map((text) => box(text).bottom)),
        };
      });
      const marks = [...svg.querySelectorAll('a[href^="/figures/"]')].map((mark) => box(mark).top);
      return {
        axisWidth: axis ? box(axis).width : 0,
        labels,
        marks,
        texts: [...svg.querySelectorAll('text')].map((text) => text.textContent ?? ''),
      };
    });
    expect(drawn.axisWidth).toBeGreaterThanOrEqual(0.8 * 320);
    expect(drawn.texts.filter((text) => text.endsWith('…'))).toEqual([]);
    expect(drawn.labels.length).toBeGreaterThan(1);
    drawn.labels.forEach((label, index) => {
      // The title is "who · where and when"; where and when may hold a " · " of its own.
      const split = label.full.indexOf(' · ');
      const whole = split < 0 ? label.full : `${label.full.slice(0, split)} ${label.full.slice(split + 3)}`;
      expect(label.shown).toBe(whole);
      // Each row's words sit over its own mark.
      expect(label.bottom).toBeLessThanOrEqual(drawn.marks[index] ?? 0);
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'embed-320-labels-over-marks');
    await page.setViewportSize({ width: 600, height: 700 });
    await page.reload();
    await chartMarks(page).first().waitFor();
    await saveScreenshot(page, 'embed-600');
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
    // Pasted into another site's page (ours would refuse the snippet's inline script): a page of its own origin.
    const anotherSite = http.createServer((_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><div style="width:340px">${snippet}</div>`),
    );
    await new Promise<void>((resolve) => anotherSite.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void anotherSite.close());
    await page.goto(`http://127.0.0.1:${(anotherSite.address() as AddressInfo).port}/story`);
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
