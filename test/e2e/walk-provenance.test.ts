import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPageForFile, copyWithButton, saveScreenshot } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPageForFile();
let page: Page;

beforeAll(() => {
  page = browser.page();
});

describe('a reader checking a figure', () => {
  it('walks from the home page to a metric, a figure and the sentence in its source', async () => {
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Contested Figures');
    const figureCount = Number(
      /(\d+) figures/.exec((await page.locator('.dataset-line').textContent()) ?? '')?.[1],
    );
    expect(figureCount).toBeGreaterThan(0);
    await saveScreenshot(page, 'home');

    const metricLink = page.locator('.compact-card a[href^="/metrics/"]').first();
    const metricName = (await metricLink.textContent())?.trim();
    await metricLink.click();
    await page.waitForURL(/\/metrics\/[a-z0-9-]+$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(metricName);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'metric');

    const figureLink = rows.first().locator('a[href^="/figures/"]');
    const valueText = await figureLink.textContent();
    await figureLink.click();
    await page.waitForURL(/\/figures\/[a-z0-9-]+$/);
    const figureId = new URL(page.url()).pathname.split('/').pop();
    await expect(page.locator('.figure-value').textContent()).resolves.toBe(valueText);
    const quote = (await page.locator('blockquote.quote mark').allTextContents()).join('');
    await expect(page.locator('blockquote.quote mark.value').textContent()).resolves.toBe(valueText);
    const citation = await page.locator('#citation').textContent();
    expect(citation).toContain(`${baseUrl}/figures/${figureId}`);
    expect(citation).toMatch(/\(accessed \d{1,2} [A-Z][a-z]{2} \d{4}\)\.$/);
    await copyWithButton(page);
    await saveScreenshot(page, 'figure');

    await page.getByRole('link', { name: 'See this sentence in the source' }).click();
    await page.waitForURL(new RegExp(`/sources/[a-z0-9-]+#figure-${figureId}$`));
    await expect(page.locator(':target').getAttribute('id')).resolves.toBe(`figure-${figureId}`);
    const highlighted = await page.locator(`mark[data-figures~="${figureId}"]`).allTextContents();
    expect(highlighted.join('')).toBe(quote);
    // Every part of the sentence stands out from the other quotes, not only its first piece.
    await page.locator('mark.targeted').first().waitFor();
    expect(await page.locator('mark.targeted').count()).toBe(highlighted.length);
    // Each figure's number in the text opens that figure, so every figure of the article can be reached: the
    // text links as many figures as the table's caption counts, the table's first rows among them.
    const tableFigures = await page
      .locator('table tbody a.row-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const textFigures = await page
      .locator('.source-text a.value-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const caption = await page
      .locator('caption', { hasText: 'Figures taken from this article' })
      .textContent();
    const articleFigures = Number(caption?.match(/(?:of|all) ([\d,]+)$/)?.[1]?.replaceAll(',', ''));
    expect(new Set(textFigures).size).toBe(articleFigures);
    expect(new Set(textFigures)).toEqual(new Set([...textFigures, ...tableFigures]));
    expect(tableFigures.length).toBe(Math.min(articleFigures, 25));
    await saveScreenshot(page, 'source');
  });

  it('shows a 404 page, with the site navigation, for an unknown figure, metric, source or address', async () => {
    for (const path of [
      '/no-such-page',
      '/figures/no-such-figure',
      '/metrics/no-such-metric',
      '/sources/no-such-source',
      '/claimants/x',
      '/topics/x',
    ]) {
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Not found');
      await expect(page.locator('nav[aria-label="Main"]').count()).resolves.toBe(1);
    }
  });

  it('answers a bad /figures filter with a 400 page that says what is wrong', async () => {
    const response = await page.goto(`${baseUrl}/figures?side=martian`);
    expect(response?.status()).toBe(400);
    await expect(page.locator('body').textContent()).resolves.toContain('Invalid parameter "side"');
    await expect(page.locator('nav[aria-label="Main"]').count()).resolves.toBe(1);
    const json = await fetch(`${baseUrl}/figures.json?side=martian`);
    expect(json.status).toBe(400);
    expect(json.headers.get('content-type')).toContain('application/json');
    await expect(json.json()).resolves.toMatchObject({ parameter: 'side' });
  });
});
