import { describe, expect, it } from 'vitest';
import {
  buildChartImageSvg,
  chartImageFilename,
  chartImageSizes,
  chooseDrawing,
  escapeXml,
  estimatedTextWidth,
  wrapText,
  type ChartImageInput,
  type ChartImageShape,
  wholeRowLabel,
  wrapUrl,
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

describe('wrapUrl', () => {
  it('breaks an address after a slash, so the slug stays whole, and keeps it on one line when it fits', () => {
    const url = 'https://contested.example/metrics/russian-military-recruitment';
    expect(wrapUrl(url, 48)).toEqual(['https://contested.example/metrics/', 'russian-military-recruitment']);
    expect(wrapUrl(url, 100)).toEqual([url]);
    const cut = wrapUrl(url, 20);
    expect(cut.join('')).toBe(url);
    for (const line of cut) expect(line.length).toBeLessThanOrEqual(20);
  });
});

describe('chartImageFilename', () => {
  it('names the file after the site, the metric and the size', () => {
    expect(chartImageFilename('russian-military-recruitment', 'png', 'landscape')).toBe(
      'contested-figures-russian-military-recruitment-1200x675.png',
    );
    expect(chartImageFilename('russian-military-recruitment', 'svg', 'portrait')).toBe(
      'contested-figures-russian-military-recruitment-1080x1350.svg',
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

describe('chooseDrawing', () => {
  const wide = { width: 600, height: 256, markup: '<svg/>' };
  const narrow = { width: 360, height: 304, markup: '<svg/>' };

  it('takes the wide drawing for a wide, short box and the narrow one for a tall box', () => {
    expect(chooseDrawing([wide, narrow], { width: 1120, height: 400 }, 3).drawing).toBe(wide);
    expect(chooseDrawing([wide, narrow], { width: 968, height: 900 }, 3).drawing).toBe(narrow);
  });

  it('passes over a drawing whose labels were cut short, unless every drawing was', () => {
    const cut = { ...narrow, cutLabels: true };
    expect(chooseDrawing([wide, cut], { width: 968, height: 900 }, 3).drawing).toBe(wide);
    expect(chooseDrawing([cut], { width: 968, height: 900 }, 3).drawing).toBe(cut);
  });

  it('enlarges no further than the box or the limit allows', () => {
    expect(chooseDrawing([wide], { width: 1200, height: 256 }, 3).scale).toBe(1);
    expect(chooseDrawing([wide], { width: 6000, height: 6000 }, 2.2).scale).toBe(2.2);
  });
});

describe('wholeRowLabel', () => {
  it('wraps who and where-and-when whole to the column, centred on the row, who first', () => {
    const label = 'Unnamed NATO source in Brussels';
    const sublabel = '1 Dec 2024 – 10 Dec 2024 · via “Zelensky and Increasingly Urgent Negotiations”';
    const lines = wholeRowLabel(label, sublabel, 180);
    expect(
      lines
        .filter((line) => line.bold)
        .map((line) => line.text)
        .join(' '),
    ).toBe(label);
    expect(
      lines
        .filter((line) => !line.bold)
        .map((line) => line.text)
        .join(' '),
    ).toBe(sublabel);
    expect(lines.some((line) => line.text.endsWith('…'))).toBe(false);
    for (const line of lines)
      expect(estimatedTextWidth(line.text, line.fontSize, line.bold)).toBeLessThanOrEqual(180 * 1.05);
    const dys = lines.map((line) => line.dy);
    expect(dys).toEqual([...dys].sort((a, b) => a - b));
    expect(Math.abs((dys[0] ?? 0) + (dys.at(-1) ?? 0))).toBeLessThan(16);
  });
});

describe('buildChartImageSvg', () => {
  const chartMarkup =
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="256"><circle r="7"/><text>430,790</text></svg>';
  const narrowMarkup =
    '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="304"><circle r="7"/><text>430,790</text></svg>';
  const input: ChartImageInput = {
    shape: 'landscape',
    title: 'Russian military recruitment & losses',
    note: 'Sources differ by 1.2×. Rates are drawn per year: 1,000 people a day × 366 = 366,000 people a year.',
    sourceLine:
      'Source: Ukraine General Staff; Institute for the Study of War; UK Ministry of Defence (via Reuters, Dec 2024).',
    licence: 'Licence: CC BY 4.0.',
    permalink: 'https://contested.example/metrics/russian-military-recruitment',
    drawings: [
      { width: 600, height: 256, markup: chartMarkup },
      { width: 360, height: 304, markup: narrowMarkup },
    ],
    legend: [
      { label: 'Ukraine', colour: '#0072b2' },
      { label: 'Russia', colour: '#d55e00' },
      {
        label: 'hollow or dashed: capacity, projection, target, demand or proposal',
        iconMarkup: '<svg xmlns="http://www.w3.org/2000/svg" width="36" height="18"><circle r="4"/></svg>',
      },
    ],
  };
  const shapes: ChartImageShape[] = ['landscape', 'portrait'];

  it.each(shapes)('is exactly the %s size, one SVG document on a white ground', (shape) => {
    const image = buildChartImageSvg({ ...input, shape });
    const expected = shape === 'landscape' ? { width: 1200, height: 675 } : { width: 1080, height: 1350 };
    expect(chartImageSizes[shape]).toEqual(expected);
    expect({ width: image.width, height: image.height }).toEqual(expected);
    expect(image.markup).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" width="${expected.width}" height="${expected.height}" viewBox="0 0 ${expected.width} ${expected.height}"`,
      ),
    );
    expect(image.markup.endsWith('</svg>')).toBe(true);
    expect(image.markup).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });

  it.each(shapes)(
    'carries every text in the %s image: headline, note, legend, source, licence, permalink',
    (shape) => {
      const image = buildChartImageSvg({ ...input, shape });
      const words = (lines: readonly string[]) => lines.join(' ');
      const all = words(image.lines.map((line) => line.text));
      expect(all).toContain(input.title);
      expect(all).toContain(input.note);
      expect(all).toContain(input.sourceLine);
      expect(all).toContain(input.licence);
      for (const entry of input.legend ?? []) expect(all).toContain(entry.label);
      // The permalink may be cut into pieces to fit; it is whole once its lines are joined, and whole in the link.
      expect(image.lines.map((line) => line.text).join('')).toContain(input.permalink);
      expect(image.markup).toContain(`<a href="${input.permalink}">`);
      expect(textContents(image.markup)).toEqual(image.lines.map((line) => escapeXml(line.text)));
    },
  );

  it.each(shapes)('keeps every %s line inside the canvas and legible at social-card size', (shape) => {
    const long = {
      ...input,
      shape,
      title:
        'Ukrainian civilians killed and injured in the Russian strikes on energy infrastructure in the winter of 2024 to 2025',
    };
    const image = buildChartImageSvg(long);
    for (const line of image.lines) {
      expect(line.fontSize).toBeGreaterThanOrEqual(22);
      expect(line.x).toBeGreaterThanOrEqual(0);
      expect(line.x + estimatedTextWidth(line.text, line.fontSize, line.bold)).toBeLessThanOrEqual(
        image.width,
      );
      expect(line.y).toBeGreaterThan(line.fontSize / 2);
      expect(line.y).toBeLessThanOrEqual(image.height);
    }
    const titleLines = image.lines.filter((line) => line.bold);
    expect(titleLines.length).toBeGreaterThan(1);
  });

  it.each(shapes)('puts the %s chart under the headline, inside the canvas, clear of every text', (shape) => {
    const image = buildChartImageSvg({ ...input, shape });
    const { x, y, scale, drawing } = image.chart;
    const chartBox = {
      left: x,
      right: x + drawing.width * scale,
      top: y,
      bottom: y + drawing.height * scale,
    };
    expect(chartBox.left).toBeGreaterThanOrEqual(0);
    expect(chartBox.right).toBeLessThanOrEqual(image.width);
    expect(chartBox.bottom).toBeLessThanOrEqual(image.height);
    for (const line of image.lines) {
      const lineBox = {
        left: line.x,
        right: line.x + estimatedTextWidth(line.text, line.fontSize, line.bold),
        top: line.y - line.fontSize,
        bottom: line.y + line.fontSize * 0.25,
      };
      const overlaps =
        lineBox.left < chartBox.right &&
        chartBox.left < lineBox.right &&
        lineBox.top < chartBox.bottom &&
        chartBox.top < lineBox.bottom;
      expect(overlaps, line.text).toBe(false);
    }
    // The chart's own 12-unit text is enlarged to at least social-card size.
    expect(12 * scale).toBeGreaterThanOrEqual(22);
    expect(image.markup).toContain(drawing.markup);
  });

  it('draws the narrow chart in the portrait image, where its text comes out larger', () => {
    expect(buildChartImageSvg({ ...input, shape: 'portrait' }).chart.drawing.markup).toBe(narrowMarkup);
  });

  it('sets a landscape chart beside its notes when that draws it larger than under them', () => {
    const image = buildChartImageSvg(input);
    const note = image.lines.find((line) => line.text.startsWith('Sources differ'));
    expect(note?.x).toBeGreaterThan(image.chart.x + image.chart.drawing.width * image.chart.scale);
    const onlyWide = buildChartImageSvg({
      ...input,
      drawings: [{ width: 600, height: 256, markup: chartMarkup }],
    });
    expect(onlyWide.chart.scale).toBeLessThan(image.chart.scale);
  });
});
