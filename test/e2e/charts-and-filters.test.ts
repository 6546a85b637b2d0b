import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, browserPageForFile } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPageForFile();
let page: Page;

beforeAll(() => {
  page = browser.page();
});

// Each chart is drawn twice, wide and narrow, and CSS shows one: the marks a reader meets are the shown chart's.
const chartMarks = (scope: Page) => scope.locator('figure [role="group"] svg:visible a[href^="/figures/"]');

describe('charts of metrics with several claimants', () => {
  it('go from home, which finds no real disagreement in the data, to a chart that says why', async () => {
    await page.goto(baseUrl);
    await expect(page.locator('#disagree-heading + .notice').textContent()).resolves.toContain(
      'No real disagreement in the data yet',
    );
    expect(await page.locator('section[aria-labelledby="disagree-heading"] .chart-card').count()).toBe(0);
    const card = page.locator('.compact-card', {
      has: page.locator('a[href="/metrics/russian-military-casualties"]'),
    });
    await expect(card.textContent()).resolves.toContain('the figures refer to different periods');
    const chart = card.locator('a[href="/metrics/russian-military-casualties"]');
    const name = await chart.textContent();
    await chart.click();
    await page.waitForURL(/\/metrics\/russian-military-casualties$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
    await chartMarks(page).first().waitFor();
    const rows = await page.locator('table tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    expect(await chartMarks(page).count()).toBe(rows);
    const caption = await page.locator('figcaption').first().textContent();
    expect(caption).toContain('No disagreement to measure: the figures refer to different periods.');
    expect(caption).toContain('more than 1,500 people a day × 365 = more than 547,500 people a year');
    expect(caption).not.toMatch(/Sources differ/);
    await saveScreenshot(page, 'metric-contested');
  });

  it('open the figure of a clicked mark, whose quote is highlighted', async () => {
    const mark = chartMarks(page).first();
    const href = await mark.getAttribute('href');
    await mark.click();
    await page.waitForURL(`${baseUrl}${href}`);
    const valueText = await page.locator('.figure-value').textContent();
    await expect(page.locator('blockquote.quote mark.value').textContent()).resolves.toBe(valueText);
  });

  it('can be used from the keyboard: Tab reaches a mark and Enter opens its figure', async () => {
    await page.goto(`${baseUrl}/metrics/russian-military-recruitment`);
    await chartMarks(page).first().waitFor();
    const label = await chartMarks(page).first().getAttribute('aria-label');
    expect(label).toBeTruthy();
    let focused = '';
    for (let tab = 0; tab < 40 && focused !== label; tab++) {
      await page.keyboard.press('Tab');
      focused = (await page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? '',
      )) as string;
    }
    expect(focused).toBe(label);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/figures\/[a-z0-9-]+$/);
  });

  it('on a phone show the narrow chart alone, readable, with every mark and its tooltip', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${baseUrl}/metrics/russian-military-recruitment`, { waitUntil: 'networkidle' });
    const shown = page.locator('figure [role="group"] svg:visible');
    expect(await shown.count()).toBe(1);
    const viewWidth = await shown.evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
    expect(viewWidth).toBeLessThan(400);
    expect(await chartMarks(page).count()).toBe(await page.locator('table tbody tr').count());
    // Drawn for this width, a row label is as large on screen as it is drawn, not shrunk to 7 pixels.
    const labelHeight = await shown
      .locator('text[font-weight="600"]')
      .first()
      .evaluate((text) => text.getBoundingClientRect().height);
    expect(labelHeight).toBeGreaterThanOrEqual(12);
    const mark = chartMarks(page).first();
    const label = (await mark.getAttribute('aria-label')) ?? '';
    await mark.focus();
    const tip = page.locator('.chart-frame > div[aria-hidden="true"]');
    await tip.waitFor();
    expect(label).toContain((await tip.locator('strong').textContent()) ?? 'no heading');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    await saveScreenshot(page, 'metric-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('open a figure from any table row, once the script that makes rows targets has run', async () => {
    await page.goto(`${baseUrl}/metrics/russian-military-recruitment`);
    // Before it runs a row is not a target and does not look like one; the link in its first cell still works.
    await page.locator('table tbody[data-rows-open]').waitFor();
    expect(
      await page
        .locator('table tbody tr.clickable')
        .first()
        .evaluate((row) => getComputedStyle(row).cursor),
    ).toBe('pointer');
    const row = page.locator('table tbody tr').nth(1);
    const href = await row.locator('a.row-link').getAttribute('href');
    // Click the period cell, not the link text: the whole row is the target.
    await row.scrollIntoViewIfNeeded();
    const box = await row.locator('td').nth(4).boundingBox();
    if (!box) throw new Error('the row has no period cell on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(`${baseUrl}${href}`);
  });
});

describe('/figures filters', () => {
  it('change the URL and the rows', async () => {
    await page.goto(`${baseUrl}/figures`);
    const allRows = await page.locator('table tbody tr').count();
    // Ticking applies the filter: no button to press.
    await page.getByRole('checkbox', { name: /^Russia/ }).check();
    await page.waitForURL(/side=russia/);
    await expect.poll(() => page.locator('table tbody tr').count()).toBeLessThan(allRows);
    const sides = await page.locator('table tbody tr .side').allTextContents();
    expect(sides.length).toBeGreaterThan(0);
    expect(sides.length).toBeLessThan(allRows);
    expect(new Set(sides)).toEqual(new Set(['Russia']));
    await saveScreenshot(page, 'figures-filtered');

    // The search applies after a pause in typing.
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('contract');
    await page.waitForURL(/q=contract/);
    await expect
      .poll(() => page.locator('table tbody td.quote').allTextContents())
      .toSatisfy(
        (quotes: string[]) =>
          quotes.length > 0 && quotes.every((quote) => quote.toLowerCase().includes('contract')),
      );
  });

  it('sort as soon as a sort is chosen, with a clean address', async () => {
    await page.goto(`${baseUrl}/figures?side=russia`);
    await page.getByRole('combobox', { name: 'Sort' }).selectOption('period');
    await page.waitForURL(/sort=period/);
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).toEqual(['side', 'sort']);
    expect(url.searchParams.get('side')).toBe('russia');
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
  });

  it('keep the view when shared: the same URL gives the same rows', async () => {
    const url = page.url();
    const before = await page.locator('table tbody a.row-link').allTextContents();
    const other = await browser.context().newPage();
    await other.goto(url);
    expect(await other.locator('table tbody a.row-link').allTextContents()).toEqual(before);
    await other.close();
  });
});
