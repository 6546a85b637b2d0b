import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPageForFile, capturePage } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPageForFile();
let page: Page;

const widths = [390, 1280] as const;
// One metric of each shape in the seeded data.
const shapes = {
  number: '/metrics/selydove-civilians-killed',
  claims: '/metrics/russian-military-casualties',
  bands: '/metrics/ukraine-minimum-mobilisation-age',
  timeline: '/metrics/kursk-area-held-by-ukraine',
};

beforeAll(() => {
  page = browser.page();
});

afterAll(async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the shown drawings say: each row's label lines against its full text, the marks and the values on them. */
function readCharts(): Promise<{
  rows: { full: string; drawn: string }[];
  cut: string[];
  outside: string[];
  marks: number;
  values: number;
}> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter(
      (svg) => getComputedStyle(svg).display !== 'none',
    );
    const rows: { full: string; drawn: string }[] = [];
    const cut: string[] = [];
    const outside: string[] = [];
    let marks = 0;
    let values = 0;
    for (const svg of shown) {
      const frame = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const content = text.textContent ?? '';
        if (content.endsWith('…')) cut.push(content);
        const box = text.getBoundingClientRect();
        if (box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1))
          outside.push(content);
      }
      for (const group of svg.querySelectorAll('g[text-anchor="end"] > g')) {
        const title = group.querySelector('title')?.textContent ?? '';
        const bold = [...group.querySelectorAll('text[font-weight="600"]')].map((text) => text.textContent);
        rows.push({ full: title.split(' · ')[0] ?? '', drawn: bold.join(' ') });
      }
      marks += svg.querySelectorAll('a.chart-mark').length;
      values += svg.querySelectorAll('text.mark-value').length;
    }
    return { rows, cut, outside, marks, values };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe.each(widths)('at %i px', (width) => {
  beforeAll(async () => {
    await page.setViewportSize({ width, height: 900 });
  });

  it('gives each metric shape its form', async () => {
    await page.goto(`${baseUrl}${shapes.number}`);
    await expect(page.locator('.number-card').count()).resolves.toBe(1);
    await expect(page.locator('.number-card-value a[href^="/figures/"]').count()).resolves.toBe(1);
    await expect(page.locator('main svg.chart-svg').count()).resolves.toBe(0);

    await page.goto(`${baseUrl}${shapes.timeline}`);
    const timeline = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find(
        (drawing) => getComputedStyle(drawing).display !== 'none',
      );
      const xs = [...(svg?.querySelectorAll('a.chart-mark .chart-mark-anchor') ?? [])].map((anchor) =>
        Number(anchor.getAttribute('cx')),
      );
      return { xs, lines: svg?.querySelectorAll('polyline:not([stroke-dasharray])').length ?? 0 };
    });
    // In date order along the axis, and two bounds ("more than", "less than") are not joined by a line.
    expect(timeline.xs).toEqual([...timeline.xs].sort((a, b) => a - b));
    expect(timeline.xs.length).toBe(2);
    expect(timeline.lines).toBe(0);
    await expect(page.locator('.chart-takeaway').first().textContent()).resolves.toMatch(
      /^Fell from more than/,
    );

    await page.goto(`${baseUrl}${shapes.bands}`);
    const headings = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find(
        (drawing) => getComputedStyle(drawing).display !== 'none',
      );
      return [...(svg?.querySelectorAll(':scope > g > text[font-weight="600"]') ?? [])].map(
        (text) => text.textContent,
      );
    });
    expect(headings).toContain('Measurements');
    expect(headings.some((heading) => heading?.endsWith(': not measurements'))).toBe(true);
  });

  it.each(Object.entries(shapes).filter(([shape]) => shape !== 'number'))(
    '%s chart (%s): labels whole, values on the marks, a takeaway and no "Select a mark"',
    async (_shape, path) => {
      await page.goto(`${baseUrl}${path}`);
      const drawn = await readCharts();
      expect(drawn.cut).toEqual([]);
      expect(drawn.outside).toEqual([]);
      for (const row of drawn.rows) expect(row.drawn).toBe(row.full);
      expect(drawn.marks).toBeGreaterThan(0);
      expect(drawn.values).toBe(drawn.marks);
      const takeaway = await page.locator('.chart-takeaway').first().textContent();
      expect(takeaway?.length).toBeGreaterThan(20);
      const chartText = (await page.locator('main figure').allTextContents()).join(' ');
      expect(chartText).not.toMatch(/Select a mark|claimant/i);
    },
  );

  it('shows a mark’s details where they cover no other mark', async () => {
    await page.goto(`${baseUrl}${shapes.claims}`, { waitUntil: 'networkidle' });
    const marks = page.locator('a.chart-mark:visible');
    const count = await marks.count();
    expect(count).toBeGreaterThan(1);
    for (let index = 0; index < count; index += 1) {
      await marks.nth(index).hover();
      const detail = page.locator('.chart-detail');
      await detail.waitFor();
      const tip = await detail.boundingBox();
      if (!tip) throw new Error('no detail box');
      const tipBox = { left: tip.x, top: tip.y, right: tip.x + tip.width, bottom: tip.y + tip.height };
      const boxes = await marks.evaluateAll((links) =>
        links.map((link) => {
          const box = link.getBoundingClientRect();
          return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
        }),
      );
      for (const box of boxes) expect(overlaps(tipBox, box)).toBe(false);
      // Targets of at least 24 px.
      for (const box of boxes)
        expect(Math.min(box.right - box.left, box.bottom - box.top)).toBeGreaterThanOrEqual(24);
    }
  });

  it('leads the home page with disagreement, then change over time, then everything else', async () => {
    await page.goto(`${baseUrl}/`);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Where sources disagree', 'Changing over time', 'Everything else']);
    await expect(page.locator('.dataset-line').textContent()).resolves.toMatch(
      /^\d+ quantities; \d+ have figures from more than one source/,
    );
    const rest = page.locator('details.overview-rest .compact-card').first();
    expect(await rest.isVisible()).toBe(width > 640);
    const drawn = await readCharts();
    expect(drawn.cut).toEqual([]);
    expect(drawn.values).toBe(drawn.marks);
  });
});

describe('screenshots for the README', () => {
  it.each(widths)('home and a metric page at %i px', async (width) => {
    await fs.mkdir('docs/screenshots', { recursive: true });
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [
      ['home', '/'],
      ['metric', shapes.bands],
    ] as const) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      await capturePage(page, `docs/screenshots/${name}-${width}.png`, name === 'metric' || width < 640);
    }
  });
});
