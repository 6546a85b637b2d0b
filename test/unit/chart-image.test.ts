import { describe, expect, it } from 'vitest';
import {
  buildChartImageSvg,
  chartImageFilename,
  charsThatFit,
  escapeXml,
  wrapText,
} from '@/lib/charts/chart-image';

const textContents = (markup: string) =>
  [...markup.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');

describe('wrapText', () => {
  it('breaks between words so no line is longer than the limit', () => {
    const text = 'Source: Ukraine General Staff; Institute for the Study of War (via Reuters, Dec 2024).';
    const lines = wrapText(text, 30);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('keeps short text on one line and collapses runs of spaces', () => {
    expect(wrapText('  Russian   recruitment ', 100)).toEqual(['Russian recruitment']);
    expect(wrapText('', 100)).toEqual([]);
  });

  it('cuts a word longer than a line, such as a URL, into pieces', () => {
    const url = 'https://example.org/metrics/a-very-long-metric-slug-that-does-not-fit';
    const lines = wrapText(`See ${url}`, 20);
    expect(lines.join('').replace(/^See/, '')).toBe(url);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });
});

describe('charsThatFit', () => {
  it('is about 100 characters at most, fewer on a narrow image, never absurdly few', () => {
    expect(charsThatFit(2000, 13)).toBe(100);
    expect(charsThatFit(300, 13)).toBeLessThan(50);
    expect(charsThatFit(10, 13)).toBe(16);
  });
});

describe('chartImageFilename', () => {
  it('names the file after the site and the metric', () => {
    expect(chartImageFilename('russian-military-recruitment', 'png')).toBe(
      'contested-figures-russian-military-recruitment.png',
    );
    expect(chartImageFilename('russian-military-recruitment', 'svg')).toBe(
      'contested-figures-russian-military-recruitment.svg',
    );
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});

describe('buildChartImageSvg', () => {
  const chartSvgMarkup =
    '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="300"><circle r="7"/></svg>';
  const input = {
    title: 'Russian military recruitment & losses',
    sourceLine: `Source: ${Array.from({ length: 20 }, (_, index) => `Claimant ${index}`).join('; ')} (via Reuters, Dec 2024). Compiled by Contested Figures.`,
    permalink: 'https://contested.example/metrics/russian-military-recruitment',
    width: 800,
    height: 300,
    chartSvgMarkup,
  };

  it('is one SVG document with a white ground, sized around the chart', () => {
    const image = buildChartImageSvg(input);
    expect(image.markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(image.markup.endsWith('</svg>')).toBe(true);
    expect(image.markup).toContain(`width="${image.width}" height="${image.height}"`);
    expect(image.markup).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(image.width).toBeGreaterThan(input.width);
    expect(image.height).toBeGreaterThan(input.height + 60);
  });

  it('draws the escaped title above the chart, and the source line and permalink below it', () => {
    const { markup } = buildChartImageSvg(input);
    const lines = textContents(markup);
    expect(lines[0]).toBe('Russian military recruitment &amp; losses');
    expect(markup.indexOf(lines[0] ?? '')).toBeLessThan(markup.indexOf(chartSvgMarkup));
    expect(markup.indexOf(chartSvgMarkup)).toBeLessThan(markup.indexOf('Source:'));
    expect(markup.indexOf('Source:')).toBeLessThan(markup.lastIndexOf(input.permalink));
    expect(markup).toContain(`<a href="${input.permalink}">`);
  });

  it('carries the notes of the chart (spread, rate conversion) between the chart and the source line', () => {
    const note =
      'Sources differ by 1.2×. Rates are drawn per year: 1,000 people a day × 366 = 366,000 people a year.';
    const { markup } = buildChartImageSvg({ ...input, note });
    expect(textContents(markup)).toContain(note);
    expect(markup.indexOf(chartSvgMarkup)).toBeLessThan(markup.indexOf(note));
    expect(markup.indexOf(note)).toBeLessThan(markup.indexOf('Source:'));
  });

  it('wraps the source line at about 100 characters', () => {
    const { markup } = buildChartImageSvg(input);
    const sourceLines = textContents(markup)
      .filter((line) => line !== input.permalink)
      .slice(1);
    expect(sourceLines.length).toBeGreaterThan(1);
    for (const line of sourceLines) expect(line.length).toBeLessThanOrEqual(100);
    expect(sourceLines.join(' ')).toBe(input.sourceLine);
  });

  it('adds a legend of side colours when given one, making the image taller', () => {
    const plain = buildChartImageSvg(input);
    const withLegend = buildChartImageSvg({
      ...input,
      legend: [
        { label: 'Ukraine', colour: '#0072b2' },
        { label: 'Russia', colour: '#d55e00' },
      ],
    });
    expect(withLegend.markup).toContain('fill="#0072b2"');
    expect(textContents(withLegend.markup)).toEqual(expect.arrayContaining(['Ukraine', 'Russia']));
    expect(withLegend.height).toBeGreaterThan(plain.height);
  });

  it('draws marker icons beside their words, wrapping a label too long for the image', () => {
    const iconMarkup = '<svg xmlns="http://www.w3.org/2000/svg" width="36" height="18"><circle r="4"/></svg>';
    const label = 'hollow or dashed: capacity, projection, target, demand or proposal';
    const { markup } = buildChartImageSvg({ ...input, width: 240, legend: [{ label, iconMarkup }] });
    expect(markup).toContain(`<g transform="translate(24 `);
    expect(markup).toContain(iconMarkup);
    const legendLines = textContents(markup).filter((line) => label.includes(line));
    expect(legendLines.length).toBeGreaterThan(1);
    expect(legendLines.join(' ')).toBe(label);
  });

  it('places the chart between the title and the credits without changing it', () => {
    const { markup } = buildChartImageSvg(input);
    expect(markup).toMatch(
      /<g transform="translate\(24 \d+\)"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800"/,
    );
  });
});
