import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

/** The main content of a metric page exactly as the server sends it, with entities decoded and tags dropped. */
async function metricPage(slug: string): Promise<{ html: string; text: string }> {
  const response = await fetch(`${baseUrl}/metrics/${slug}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const text = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return { html, text };
}

/** The "Related figures" section of a page's HTML, or '' when it has none. */
const relatedSection = (html: string) =>
  /<section aria-labelledby="related-heading">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe('related figures on metric pages', () => {
  it('link a sector and the whole front from both pages, each in its own words', async () => {
    const front = await metricPage('russian-firepower-advantage-ratio');
    const sector = await metricPage('russian-firepower-advantage-ratio-sector');
    expect(relatedSection(front.html)).toContain('href="/metrics/russian-firepower-advantage-ratio-sector"');
    expect(relatedSection(front.html)).toContain(
      'href="/figures/russian-firepower-advantage-sector-other-observers"',
    );
    expect(front.text).toContain(
      'the same ratio in particular sectors of this front, not across the whole of it.',
    );
    expect(relatedSection(sector.html)).toContain('href="/metrics/russian-firepower-advantage-ratio"');
    expect(relatedSection(sector.html)).toContain(
      'href="/figures/russian-firepower-advantage-some-observers"',
    );
    expect(sector.text).toContain('the same ratio across the whole front, of which these are sectors.');
  });

  it('say above the chart when every figure comes from one side, and nothing of the kind otherwise', async () => {
    const russianClaim = await metricPage('ukrainian-military-casualties');
    // Its one figure is shown as a number card, not a chart.
    const chart = russianClaim.html.indexOf('class="number-card"');
    const note = russianClaim.html.indexOf('class="notice one-side-note"');
    expect(note).toBeGreaterThan(-1);
    expect(note).toBeLessThan(chart);
    expect(russianClaim.text).toContain(
      'The only figure here comes from the Russian side (Ministry of Defence of the Russian Federation); no figure from another side or an independent source is recorded.',
    );
    const independent = await metricPage('russian-territorial-gains-area');
    expect(independent.html).not.toContain('one-side-note');
  });
});
