export type ChartImageFormat = 'png' | 'svg';

/** A legend line: a side's colour as a dot, or a marker's shape as a small standalone SVG (`iconMarkup`). */
export type LegendEntry = { label: string; colour: string } | { label: string; iconMarkup: string };

export interface ChartImageInput {
  title: string;
  /** What a reader needs to read the chart right (the spread, rate conversions), drawn above the source line. */
  note?: string;
  sourceLine: string;
  permalink: string;
  /** The chart's own size in pixels; the image adds a margin, the title above and the credits below. */
  width: number;
  height: number;
  /** A standalone `<svg>` element of exactly `width` × `height`, its styles already inlined. */
  chartSvgMarkup: string;
  legend?: readonly LegendEntry[];
}

export interface ChartImage {
  markup: string;
  width: number;
  height: number;
}

// The same values as --ink, --ink-muted and --link in app/globals.css, which a standalone file cannot read.
const ink = '#1d1d1f';
const inkMuted = '#55555e';
const link = '#0b57a4';
const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const margin = 24;
const gap = 12;
const title = { size: 20, lineHeight: 26 };
const text = { size: 13, lineHeight: 18 };
const maxLineChars = 100;
// Roughly the average advance of a sans-serif character, as a share of the font size.
const charWidth = 0.56;

export function chartImageFilename(slug: string, format: ChartImageFormat): string {
  return `contested-figures-${slug}.${format}`;
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Greedy word wrap into lines of at most `maxChars` characters; a longer word (a URL) is cut into pieces. */
export function wrapText(value: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** About how many characters of a font size fit across a width (at least one). */
export function charsAcross(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * charWidth)));
}

/** How many characters of a font size fit across a width, never more than the ~100 a reader takes in at once. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(16, Math.min(maxLineChars, charsAcross(width, fontSize)));
}

function textLine(value: string, x: number, y: number, style: string): string {
  return `<text x="${x}" y="${y}" ${style}>${escapeXml(value)}</text>`;
}

const legendRowHeight = 22;
const legendIconWidth = 36;
const legendIconHeight = 18;

function legendKey(entry: LegendEntry, left: number, middle: number): string {
  return 'iconMarkup' in entry
    ? `<g transform="translate(${left} ${middle - legendIconHeight / 2})">${entry.iconMarkup}</g>`
    : `<circle cx="${left + 6}" cy="${middle}" r="6" fill="${escapeXml(entry.colour)}"/>`;
}

/** Legend entries side by side, flowing onto new rows; a label too long for one row wraps under its key. */
function layoutLegend(legend: readonly LegendEntry[], innerWidth: number, top: number) {
  const parts: string[] = [];
  let x = 0;
  let rowTop = top;
  let rowLines = 0;
  for (const entry of legend) {
    const keyWidth = 'iconMarkup' in entry ? legendIconWidth + 4 : 16;
    const lines = wrapText(entry.label, charsThatFit(innerWidth - keyWidth, text.size));
    const longest = Math.max(0, ...lines.map((line) => line.length));
    const advance = keyWidth + longest * text.size * charWidth + 20;
    if (x > 0 && (x + advance > innerWidth || lines.length > 1)) {
      x = 0;
      rowTop += rowLines * legendRowHeight;
      rowLines = 0;
    }
    const left = margin + x;
    parts.push(legendKey(entry, left, rowTop + legendRowHeight / 2));
    lines.forEach((line, index) => {
      const baseline = rowTop + index * legendRowHeight + legendRowHeight / 2 + text.size * 0.35;
      parts.push(textLine(line, left + keyWidth, baseline, `font-size="${text.size}" fill="${ink}"`));
    });
    rowLines = Math.max(rowLines, lines.length);
    x = lines.length > 1 ? innerWidth : x + advance;
  }
  return { markup: parts.join(''), height: rowTop - top + rowLines * legendRowHeight };
}

/** The whole image: white ground, title, chart, legend, notes, source line and permalink, as one SVG document. */
export function buildChartImageSvg(input: ChartImageInput): ChartImage {
  const width = Math.round(input.width + 2 * margin);
  const innerWidth = input.width;
  const titleLines = wrapText(input.title, charsThatFit(innerWidth, title.size));
  const noteLines = input.note ? wrapText(input.note, charsThatFit(innerWidth, text.size)) : [];
  const sourceLines = wrapText(input.sourceLine, charsThatFit(innerWidth, text.size));
  const linkLines = wrapText(input.permalink, charsThatFit(innerWidth, text.size));

  const parts: string[] = [];
  let y = margin;
  for (const line of titleLines) {
    y += title.lineHeight;
    parts.push(textLine(line, margin, y - 6, `font-size="${title.size}" font-weight="700" fill="${ink}"`));
  }
  y += gap;
  parts.push(`<g transform="translate(${margin} ${y})">${input.chartSvgMarkup}</g>`);
  y += input.height + gap;
  const legend = layoutLegend(input.legend ?? [], innerWidth, y);
  parts.push(legend.markup);
  y += legend.height + (legend.height > 0 ? gap / 2 : 0);
  for (const line of noteLines) {
    y += text.lineHeight;
    parts.push(textLine(line, margin, y - 5, `font-size="${text.size}" fill="${ink}"`));
  }
  for (const line of sourceLines) {
    y += text.lineHeight;
    parts.push(textLine(line, margin, y - 5, `font-size="${text.size}" fill="${inkMuted}"`));
  }
  const linkParts = linkLines.map((line) => {
    y += text.lineHeight;
    return textLine(line, margin, y - 5, `font-size="${text.size}" fill="${link}"`);
  });
  parts.push(`<a href="${escapeXml(input.permalink)}">${linkParts.join('')}</a>`);
  const height = Math.round(y + margin);

  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(fontFamily)}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`;
  return { markup, width, height };
}
