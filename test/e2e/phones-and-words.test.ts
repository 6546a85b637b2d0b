import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPageForFile, saveScreenshot } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPageForFile();
let page: Page;

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
// Its article names no outlet, and its value is stated as an exact number.
const figurePath = '/figures/russian-casualties-2024-ukraine-general-staff';

beforeAll(() => {
  page = browser.page();
});

afterAll(async () => {
  await page.setViewportSize(desktop);
});

const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
const rowDisplay = () =>
  page
    .locator('table tbody tr')
    .first()
    .evaluate((row) => getComputedStyle(row).display);

/** A page's first linked row target: the first source, claimant or figure a reader would open from a list. */
async function firstLink(listPath: string, prefix: string): Promise<string> {
  await page.goto(`${baseUrl}${listPath}`);
  const href = await page.locator(`main table a[href^="${prefix}"]`).first().getAttribute('href');
  if (!href) throw new Error(`no ${prefix} link on ${listPath}`);
  return href;
}

describe('/figures filters', () => {
  it('sit in a closed drawer above the results on a phone, and apply as soon as a box is ticked', async () => {
    await page.setViewportSize(phone);
    await page.goto(`${baseUrl}/figures`, { waitUntil: 'networkidle' });
    const drawer = page.locator('details.filter-drawer');
    await expect(drawer.getAttribute('open')).resolves.toBeNull();
    const russia = page.getByRole('checkbox', { name: /^Russia/ });
    await expect(russia.isVisible()).resolves.toBe(false);
    // The first result is on the first screen, not 2,000 px down behind the filters.
    const firstRow = await page.locator('table tbody tr').first().boundingBox();
    expect(firstRow?.y).toBeLessThan(phone.height);
    const allRows = await page.locator('table tbody tr').count();

    await drawer.locator('summary').click();
    await russia.check();
    await page.waitForURL(/side=russia/);
    await expect
      .poll(() => page.locator('table tbody tr .side').allTextContents())
      .toSatisfy((sides: string[]) => sides.length > 0 && sides.length < allRows);
    expect(new Set(await page.locator('table tbody tr .side').allTextContents())).toEqual(
      new Set(['Russia']),
    );
    await expect(drawer.locator('summary').textContent()).resolves.toBe('Filters (1 active)');
    // The drawer stays open for the next box.
    await expect(drawer.getAttribute('open')).resolves.toBe('');
    await expect(page.getByRole('button', { name: 'Apply filters' }).isVisible()).resolves.toBe(false);
    expect(await scrollWidth()).toBeLessThanOrEqual(phone.width);
  });

  it('stay open beside the results on a wide screen, and search after a pause in typing', async () => {
    await page.setViewportSize(desktop);
    await page.goto(`${baseUrl}/figures`, { waitUntil: 'networkidle' });
    await expect(page.locator('details.filter-drawer summary').isVisible()).resolves.toBe(false);
    const ukraine = page.getByRole('checkbox', { name: /^Ukraine/ });
    await expect(ukraine.isVisible()).resolves.toBe(true);
    await ukraine.check();
    await page.waitForURL(/side=ukraine/);
    await ukraine.uncheck();
    await page.waitForURL((url) => !url.search.includes('side='));
    const search = page.getByRole('searchbox', { name: 'Search quotes' });
    await search.pressSequentially('contract', { delay: 30 });
    await page.waitForURL(/q=contract/);
    await expect
      .poll(() => page.locator('table tbody td.quote').allTextContents())
      .toSatisfy(
        (quotes: string[]) =>
          quotes.length > 0 && quotes.every((quote) => quote.toLowerCase().includes('contract')),
      );
    // The page changed in place: the reader can keep typing.
    await expect(search.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['q']);
  });

  it('still work without JavaScript, through a GET form and its button', async () => {
    const html = await (await fetch(`${baseUrl}/figures`)).text();
    // Booleans, not the page: a failure should not print 100 kB of HTML.
    const form = html.match(/<form [^>]*id="filters"[^>]*>/)?.[0] ?? '';
    expect(form.includes('method="get"') && form.includes('action="/figures"')).toBe(true);
    expect(html.includes('<button type="submit">Apply filters</button>')).toBe(true);
  });
});

describe('tables on a phone', () => {
  it('become stacked cards with each cell labelled, and nothing scrolls sideways', async () => {
    const source = await firstLink('/sources', '/sources/');
    const claimant = await firstLink('/figures', '/claimants/');
    await page.setViewportSize(phone);
    for (const path of [
      '/figures',
      '/sources',
      '/claimants',
      source,
      claimant,
      `${source}/coverage`,
      figurePath,
    ]) {
      await page.goto(`${baseUrl}${path}`);
      expect(await scrollWidth(), path).toBeLessThanOrEqual(phone.width);
      expect(await rowDisplay(), path).toMatch(/^(block|grid)$/);
      const cell = page.locator('table tbody tr').first().locator('td[data-label]').first();
      const label = await cell.getAttribute('data-label');
      expect(label, path).toBeTruthy();
      await expect(
        cell.evaluate((td) => getComputedStyle(td, '::before').content),
        path,
      ).resolves.toBe(`"${label}"`);
    }
    await page.goto(`${baseUrl}/figures`);
    const labels = await page
      .locator('table tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((td) => td.getAttribute('data-label')));
    expect(labels).toContain('Who says so');
    expect(labels).toContain('What kind of figure');
  });

  it('stay tables on a wide screen, with readers’ words in the headings', async () => {
    await page.setViewportSize(desktop);
    await page.goto(`${baseUrl}/figures`);
    expect(await rowDisplay()).toBe('table-row');
    const headings = await page.locator('table thead th').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Who says so', 'What kind of figure']));
    expect(headings).not.toContain('Claimant');
    expect(headings).not.toContain('Kind');
  });
});

describe('/metrics', () => {
  it('is a card list grouped by topic, each card with its counts and whether sources disagree', async () => {
    const health = (await (await fetch(`${baseUrl}/api/health`)).json()) as { counts: { metrics: number } };
    for (const viewport of [phone, desktop]) {
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl}/metrics`);
      const topics = page.locator('section.metric-topic');
      expect(await topics.count()).toBeGreaterThan(1);
      expect(await page.locator('main table').count()).toBe(0);
      const cards = page.locator('.metric-card');
      expect(await cards.count()).toBe(health.counts.metrics);
      for (const text of await cards.allTextContents()) {
        expect(text).toMatch(/\d+ figures? from \d+ sources?/);
        expect(text).toMatch(/unit: /);
        expect(text).toMatch(/Sources|source|Nothing to compare/);
      }
      // Names wrap at the card's width, not a word per line.
      const narrowest = Math.min(
        ...(await cards.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().width))),
      );
      expect(narrowest).toBeGreaterThan(300);
      expect(await scrollWidth()).toBeLessThanOrEqual(viewport.width);
    }
    // It was about 30,000 px tall at phone width as a table.
    await page.setViewportSize(phone);
    await page.goto(`${baseUrl}/metrics`);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(15_000);
  });
});

describe('a figure page in readers’ words', () => {
  it('cites the words as stated, the missing outlet and the site address, with the style and a plain form', async () => {
    await page.setViewportSize(phone);
    await page.goto(`${baseUrl}${figurePath}`);
    const valueText = await page.locator('.figure-value').textContent();
    const citation = (await page.locator('#citation').textContent()) ?? '';
    expect(citation).toContain(`“${valueText}”`);
    expect(citation).not.toContain('people a year');
    expect(citation).toContain('outlet not named in the archived text');
    expect(citation).not.toMatch(/unknown/);
    expect(citation).toContain(`${baseUrl}${figurePath}`);
    await expect(page.locator('.cite').textContent()).resolves.toMatch(/Style: .*Chicago/);
    await page.locator('details.plain-citation summary').click();
    await expect(
      page.getByRole('textbox', { name: 'The citation as plain text' }).inputValue(),
    ).resolves.toBe(citation);
  });

  it('says who says so and how the figure was stated, with checksums behind Technical details', async () => {
    const facts = (await page.locator('dl.facts').textContent()) ?? '';
    expect(facts).toContain('Who says so');
    expect(facts).toContain('What kind of figure');
    expect(facts).toContain('Stated as an exact number');
    expect(facts).not.toMatch(/Claimant|Bounds|upper bound|sha256|code points/i);
    const details = page.locator('details.technical-details');
    const checksum = details.locator('code');
    await expect(checksum.isVisible()).resolves.toBe(false);
    await details.locator('summary', { hasText: 'Technical details' }).click();
    await expect(checksum.textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
    await expect(details.textContent()).resolves.toMatch(/code points \d+–\d+/);
  });

  it('and a source page keeps its checksum behind Technical details too', async () => {
    const source = await firstLink('/sources', '/sources/');
    await page.goto(`${baseUrl}${source}`);
    expect(await page.locator('dl.facts').textContent()).not.toMatch(/sha256/i);
    const details = page.locator('details.technical-details');
    await details.locator('summary', { hasText: 'Technical details' }).click();
    await expect(details.locator('code').nth(1).textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
  });

  it('has no "Subject:" on a metric page', async () => {
    await page.goto(`${baseUrl}/metrics/russian-military-casualties`);
    expect(await page.locator('main').textContent()).not.toContain('Subject:');
  });
});

describe('screenshots at both widths', () => {
  it('are saved for /figures, /metrics, a figure, a source and a claimant page', async () => {
    const source = await firstLink('/sources', '/sources/');
    const claimant = await firstLink('/figures', '/claimants/');
    const pages = { figures: '/figures', metrics: '/metrics', figure: figurePath, source, claimant };
    for (const viewport of [phone, desktop]) {
      await page.setViewportSize(viewport);
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${baseUrl}${path}`);
        expect(await scrollWidth(), `${path} at ${viewport.width}`).toBeLessThanOrEqual(viewport.width);
        await saveScreenshot(page, `phones-${name}-${viewport.width}`);
      }
    }
  });
});
