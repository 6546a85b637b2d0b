import fs from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPageForFile } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPageForFile();
let page: Page;

beforeAll(() => {
  page = browser.page();
});

async function downloadFrom(link: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await download.path();
  return {
    name: download.suggestedFilename(),
    rows: parse(await fs.readFile(file, 'utf8'), { columns: true }) as Record<string, string>[],
  };
}

describe('downloading what a chart shows', () => {
  it('gives a CSV with exactly the figures of the metric chart, with their provenance', async () => {
    await page.goto(`${baseUrl}/metrics/russian-military-recruitment`, { waitUntil: 'networkidle' });
    const marks = await page
      .locator('figure [role="group"] svg:visible a[href^="/figures/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.replace('/figures/', '')));
    expect(marks.length).toBeGreaterThan(1);
    const { name, rows } = await downloadFrom(page.getByRole('link', { name: 'Download CSV (this chart)' }));
    expect(name).toBe('contested-figures-metric-russian-military-recruitment.csv');
    expect(rows.map((row) => row.figure_id).sort()).toEqual([...marks].sort());
    for (const row of rows) {
      expect(row.metric_slug).toBe('russian-military-recruitment');
      expect(row.quote).toContain(row.value_as_stated);
      expect(row.source_sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('gives the filtered /figures view as CSV, row for row', async () => {
    await page.goto(`${baseUrl}/figures?topic=casualties&side=russia`);
    const shown = await page
      .locator('table tbody a.row-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.replace('/figures/', '')));
    const { name, rows } = await downloadFrom(page.getByRole('link', { name: 'Download this view (CSV)' }));
    expect(name).toBe('contested-figures-topic-casualties-side-russia.csv');
    expect(rows.map((row) => row.figure_id)).toEqual(shown);
  });
});
