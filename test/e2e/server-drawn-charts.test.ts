import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const slug = 'russian-military-recruitment';

/** The page exactly as the server sends it: no script has run, none will. */
async function serverHtml(path: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function drawing(svg: string) {
  return {
    width: Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]),
    marks: [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map(([, href, name]) => ({
      href: decode(href ?? ''),
      name: decode(name ?? ''),
    })),
    shapes: svg.match(/<(circle|rect|g transform="rotate)/g)?.length ?? 0,
  };
}

/**
 * Each chart drawn in the HTML: its group's accessible name and its two drawings, wide and narrow (CSS shows one),
 * each with its marks, every one a link with a name.
 */
function chartsIn(html: string) {
  const groups = [
    ...html.matchAll(
      /<div role="group" aria-label="([^"]+)"[^>]*>\s*<svg class="chart-svg chart-svg-wide"([\s\S]*?)<\/svg>\s*<svg class="chart-svg chart-svg-narrow"([\s\S]*?)<\/svg>/g,
    ),
  ];
  return groups.map(([, summary, wide, narrow]) => ({
    summary: decode(summary ?? ''),
    wide: drawing(wide ?? ''),
    narrow: drawing(narrow ?? ''),
  }));
}

describe('charts in the server HTML, before any script runs', () => {
  it('draw a metric chart whole: one named mark per figure, each linking to its figure', async () => {
    const html = await serverHtml(`/metrics/${slug}`);
    const exported = (await (await fetch(`${baseUrl}/figures.json?metric=${slug}`)).json()) as {
      count: number;
      figures: { id: string }[];
    };
    const [chart, ...others] = chartsIn(html);
    expect(others).toHaveLength(0);
    expect(chart?.summary).toMatch(/^Dot plot of \d+ claims about /);
    expect(chart?.wide.marks.map((mark) => mark.href).sort()).toEqual(
      exported.figures.map((figure) => `/figures/${figure.id}`).sort(),
    );
    expect(exported.count).toBeGreaterThan(1);
    for (const mark of chart?.wide.marks ?? []) expect(mark.name).toMatch(/\d.*, .+, .+/);
    expect(chart?.wide.shapes).toBeGreaterThanOrEqual(exported.count);
  });

  it('draw each chart twice, for a wide column and for a phone, with the same marks, links and names', async () => {
    const [chart] = chartsIn(await serverHtml(`/metrics/${slug}`));
    expect(chart?.wide.width).toBe(600);
    expect(chart?.narrow.width).toBeLessThan(400);
    expect(chart?.narrow.marks).toEqual(chart?.wide.marks);
    expect(chart?.narrow.shapes).toBe(chart?.wide.shapes);
  });

  it('draw every chart of the home and topic pages with their marks', async () => {
    for (const path of ['/', '/topics/casualties']) {
      const charts = chartsIn(await serverHtml(path));
      expect(charts.length, path).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.summary, path).toBeTruthy();
        expect(chart.wide.marks.length, chart.summary).toBeGreaterThan(0);
        for (const mark of chart.wide.marks) expect(mark.href).toMatch(/^\/figures\/[a-z0-9-]+$/);
        expect(chart.narrow.marks, chart.summary).toEqual(chart.wide.marks);
      }
    }
  });

  it('open a figure from a mark with nothing but the link', async () => {
    const [chart] = chartsIn(await serverHtml(`/metrics/${slug}`));
    const href = chart?.narrow.marks[0]?.href ?? '';
    const response = await fetch(`${baseUrl}${href}`);
    expect(response.status).toBe(200);
  });

  it('draw the embed with marks that open in the whole window', async () => {
    const html = await serverHtml(`/embed/metrics/${slug}`);
    const [chart] = chartsIn(html);
    expect(chart?.wide.marks.length).toBeGreaterThan(1);
    expect(chart?.narrow.marks).toEqual(chart?.wide.marks);
    const targets = [...html.matchAll(/<a href="\/figures\/[^"]+"[^>]*>/g)].map(([tag]) => tag);
    // Drawn three times: wide, narrow and, for a column under 400 px, with the labels over the marks.
    expect(html.match(/<svg class="chart-svg chart-svg-stacked"/g)).toHaveLength(1);
    expect(targets.length).toBe(3 * (chart?.wide.marks.length ?? 0));
    for (const tag of targets) expect(tag).toContain('target="_top"');
  });
});
