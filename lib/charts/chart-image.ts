export type ChartImageFormat = 'png' | 'svg';

/** Landscape suits social cards and timelines; portrait fills a phone screen. */
export type ChartImageShape = 'landscape' | 'portrait';

export const chartImageSizes: Record<ChartImageShape, { width: number; height: number }> = {
  landscape: { width: 1200, height: 675 },
  portrait: { width: 1080, height: 1350 },
};

/** A legend line: a side's colour as a dot, or a marker's shape as a small standalone SVG (`iconMarkup`, 36 × 18). */
export type LegendEntry = { label: string; colour: string } | { label: string; iconMarkup: string };

/** One drawing of the chart: a standalone `<svg>` of `width` × `height` units, its styles already inlined. */
export interface ChartDrawing {
  width: number;
  height: number;
  markup: string;
  /** Whether a label in it was cut short ("…") to fit its column: an image uses such a drawing only as a last resort. */
  cutLabels?: boolean;
}

export interface ChartImageInput {
  shape: ChartImageShape;
  /** The headline: the chart's title. */
  title: string;
  /** What a reader needs to read the chart right (the spread, rate conversions), under the headline. */
  note?: string;
  sourceLine: string;
  /** The data's licence, as a reader would cite it. */
  licence: string;
  permalink: string;
  /** The chart drawn in the page's layouts (wide, narrow); the image uses the one whose text comes out largest. */
  drawings: readonly ChartDrawing[];
  legend?: readonly LegendEntry[];
}

/** A positioned line of text, kept so tests can check every text is present and fits. */
export interface ImageTextLine {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  bold: boolean;
}

export interface ChartImage {
  markup: string;
  width: number;
  height: number;
  lines: ImageTextLine[];
  /** Where the chart sits and how much it is enlarged: its own 12-unit text is drawn 12 × `scale` pixels tall. */
  chart: { x: number; y: number; scale: number; drawing: ChartDrawing };
}

// The same values as --ink, --ink-muted and --link in app/globals.css, which a standalone file cannot read.
const ink = '#1d1d1f';
const inkMuted = '#55555e';
const link = '#0b57a4';
const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// Roughly the average advance of a sans-serif character, as a share of the font size.
const charWidth = 0.56;
// Bold letters, digits and capitals run wider than the average; the image wraps with this margin so none overflows.
const safeCharWidth = 0.56;
const boldWidening = 1.08;

interface TextStyle {
  size: number;
  lineHeight: number;
}

interface ShapeStyle {
  margin: number;
  gap: number;
  title: TextStyle;
  note: TextStyle;
  legend: TextStyle;
  credits: TextStyle;
  /** The largest enlargement of the drawn chart: past it, a chart of two rows would fill the image with air. */
  maxScale: number;
}

// At social-card size (1200 wide, shown about 500 wide in a timeline) nothing is smaller than 22 px.
const shapeStyles: Record<ChartImageShape, ShapeStyle> = {
  landscape: {
    margin: 32,
    gap: 14,
    title: { size: 36, lineHeight: 44 },
    note: { size: 24, lineHeight: 30 },
    legend: { size: 22, lineHeight: 30 },
    credits: { size: 22, lineHeight: 28 },
    maxScale: 2.2,
  },
  portrait: {
    margin: 56,
    gap: 20,
    title: { size: 52, lineHeight: 62 },
    note: { size: 28, lineHeight: 36 },
    legend: { size: 24, lineHeight: 34 },
    credits: { size: 22, lineHeight: 30 },
    maxScale: 3,
  },
};

/** The licence of the compilation (see the about page), as the image credits it. */
export const chartImageLicence = 'Licence: CC BY 4.0.';

export function chartImageFilename(slug: string, format: ChartImageFormat, shape?: ChartImageShape): string {
  if (!shape) return `contested-figures-${slug}.${format}`;
  const { width, height } = chartImageSizes[shape];
  return `contested-figures-${slug}-${width}x${height}.${format}`;
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

/** The widest a line of text may be drawn, with the image's margin for wide letters. */
export function estimatedTextWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * safeCharWidth * (bold ? boldWidening : 1);
}

function wrapToWidth(text: string, width: number, size: number, bold = false): string[] {
  const limit = Math.max(1, Math.floor(width / (size * safeCharWidth * (bold ? boldWidening : 1))));
  return wrapText(text, limit);
}

/** How much a drawing can be enlarged to fit a box, no more than `maxScale`. */
export function fitScale(
  drawing: ChartDrawing,
  box: { width: number; height: number },
  maxScale: number,
): number {
  return Math.max(0, Math.min(box.width / drawing.width, box.height / drawing.height, maxScale));
}

/**
 * The drawing whose text comes out largest in the box (all are drawn at the same text size in their own units),
 * among those whose labels are whole if any are.
 */
export function chooseDrawing(
  drawings: readonly ChartDrawing[],
  box: { width: number; height: number },
  maxScale: number,
): { drawing: ChartDrawing; scale: number } {
  const whole = drawings.filter((drawing) => !drawing.cutLabels);
  const [first, ...rest] = whole.length > 0 ? whole : drawings;
  if (!first) throw new Error('The image needs a drawn chart');
  return rest.reduce(
    (best, drawing) => {
      const scale = fitScale(drawing, box, maxScale);
      return scale > best.scale ? { drawing, scale } : best;
    },
    { drawing: first, scale: fitScale(first, box, maxScale) },
  );
}

const legendIcon = { width: 36, height: 18 };

/** Legend entries side by side, flowing onto new rows; a label too long for one row wraps under its key. */
function layoutLegend(
  legend: readonly LegendEntry[],
  left: number,
  innerWidth: number,
  top: number,
  style: TextStyle,
) {
  const iconScale = style.size / 16;
  const parts: string[] = [];
  const lines: ImageTextLine[] = [];
  let x = 0;
  let rowTop = top;
  let rowLines = 0;
  for (const entry of legend) {
    const keyWidth = 'iconMarkup' in entry ? legendIcon.width * iconScale + 8 : style.size + 6;
    const labelLines = wrapToWidth(entry.label, innerWidth - keyWidth, style.size);
    const longest = Math.max(0, ...labelLines.map((line) => estimatedTextWidth(line, style.size)));
    const advance = keyWidth + longest + style.size;
    if (x > 0 && (x + advance > innerWidth || labelLines.length > 1)) {
      x = 0;
      rowTop += rowLines * style.lineHeight;
      rowLines = 0;
    }
    const keyLeft = left + x;
    const middle = rowTop + style.lineHeight / 2;
    parts.push(
      'iconMarkup' in entry
        ? `<g transform="translate(${keyLeft} ${middle - (legendIcon.height * iconScale) / 2}) scale(${iconScale})">${entry.iconMarkup}</g>`
        : `<circle cx="${keyLeft + style.size / 2}" cy="${middle}" r="${style.size / 2.6}" fill="${escapeXml(entry.colour)}"/>`,
    );
    labelLines.forEach((line, index) => {
      lines.push({
        text: line,
        x: keyLeft + keyWidth,
        y: rowTop + index * style.lineHeight + style.lineHeight / 2 + style.size * 0.35,
        fontSize: style.size,
        bold: false,
      });
    });
    rowLines = Math.max(rowLines, labelLines.length);
    x = labelLines.length > 1 ? innerWidth : x + advance;
  }
  return { markup: parts.join(''), lines, height: rowTop - top + rowLines * style.lineHeight };
}

function textMarkup(line: ImageTextLine, fill: string): string {
  const weight = line.bold ? ' font-weight="700"' : '';
  return `<text x="${line.x}" y="${Math.round(line.y)}" font-size="${line.fontSize}"${weight} fill="${fill}">${escapeXml(line.text)}</text>`;
}

/** Lines of one text block stacked from `top`, each baseline placed within its line height. */
function stackLines(texts: readonly string[], left: number, top: number, style: TextStyle, bold = false) {
  return texts.map((text, index) => ({
    text,
    x: left,
    y: top + (index + 1) * style.lineHeight - (style.lineHeight - style.size) / 2 - style.size * 0.18,
    fontSize: style.size,
    bold,
  }));
}

interface Arrangement {
  titleLines: ImageTextLine[];
  chart: { x: number; y: number; scale: number; drawing: ChartDrawing };
  noteLines: ImageTextLine[];
  legend: { markup: string; lines: ImageTextLine[] };
  creditLines: ImageTextLine[];
  sourceCount: number;
}

interface Frame {
  style: ShapeStyle;
  input: ChartImageInput;
  width: number;
  height: number;
  /** The headline across the whole width, and where the space under it begins. */
  titleLines: ImageTextLine[];
  top: number;
}

/** An address in lines that break after a "/" where they can, so the slug is not cut in the middle of a word. */
export function wrapUrl(url: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const piece of url.match(/[^/]*\/*/g)?.filter(Boolean) ?? []) {
    if (line && (line + piece).length > limit) {
      lines.push(line);
      line = '';
    }
    line += piece;
    while (line.length > limit) {
      lines.push(line.slice(0, limit));
      line = line.slice(limit);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function creditTexts(input: ChartImageInput, width: number, size: number) {
  // The licence ends the source line; the permalink has a line of its own, so a long address is not broken.
  const source = wrapToWidth(`${input.sourceLine} ${input.licence}`, width, size);
  const link = wrapUrl(input.permalink, Math.floor(width / (size * safeCharWidth)));
  return { texts: [...source, ...link], sourceCount: source.length };
}

/** Note, chart, legend and credits stacked across the whole width; the chart takes the height left between. */
function stacked({ style, input, width, height, titleLines, top }: Frame): Arrangement {
  const left = style.margin;
  const innerWidth = width - 2 * style.margin;
  const noteLines = input.note
    ? stackLines(wrapToWidth(input.note, innerWidth, style.note.size), left, top, style.note)
    : [];
  const chartTop = top + noteLines.length * style.note.lineHeight + style.gap;
  const credits = creditTexts(input, innerWidth, style.credits.size);
  const creditsTop = height - style.margin - credits.texts.length * style.credits.lineHeight;
  const legendHeight = layoutLegend(input.legend ?? [], left, innerWidth, 0, style.legend).height;
  const box = {
    width: innerWidth,
    height: Math.max(0, creditsTop - style.gap / 2 - legendHeight - style.gap - chartTop),
  };
  const { drawing, scale } = chooseDrawing(input.drawings, box, style.maxScale);
  // The legend follows the chart it explains; any height left over falls above the credits.
  const legendTop = chartTop + drawing.height * scale + style.gap;
  const legend = layoutLegend(input.legend ?? [], left, innerWidth, legendTop, style.legend);
  return {
    titleLines,
    chart: { x: left + (innerWidth - drawing.width * scale) / 2, y: chartTop, scale, drawing },
    noteLines,
    legend,
    creditLines: stackLines(credits.texts, left, creditsTop, style.credits),
    sourceCount: credits.sourceCount,
  };
}

// Shares of the width the chart may take beside its column of notes: the widest that leaves the column room wins.
const chartShares = [0.66, 0.6, 0.55, 0.5, 0.45];

/**
 * The chart on the left, the note, legend and credits in a column on its right, under the headline or (when
 * `headlineBeside`) with the headline at the top of that column: in a landscape image this lets the chart take the
 * full height, so its text comes out larger. Null when the column cannot hold them.
 */
function sideBySide(frame: Frame, share: number, headlineBeside: boolean): Arrangement | null {
  const { style, input, width, height } = frame;
  const top = headlineBeside ? style.margin : frame.top;
  const innerWidth = width - 2 * style.margin;
  const boxHeight = height - style.margin - top;
  const { drawing, scale } = chooseDrawing(
    input.drawings,
    { width: innerWidth * share, height: boxHeight },
    style.maxScale,
  );
  const columnLeft = style.margin + drawing.width * scale + style.gap * 2;
  const columnWidth = width - style.margin - columnLeft;
  const titleLines = headlineBeside
    ? stackLines(
        wrapToWidth(input.title, columnWidth, style.title.size, true),
        columnLeft,
        top,
        style.title,
        true,
      )
    : frame.titleLines;
  const noteTop = headlineBeside ? top + titleLines.length * style.title.lineHeight + style.gap / 2 : top;
  const noteLines = input.note
    ? stackLines(wrapToWidth(input.note, columnWidth, style.note.size), columnLeft, noteTop, style.note)
    : [];
  const legendTop =
    noteTop + noteLines.length * style.note.lineHeight + (noteLines.length > 0 ? style.gap : 0);
  const legend = layoutLegend(input.legend ?? [], columnLeft, columnWidth, legendTop, style.legend);
  const credits = creditTexts(input, columnWidth, style.credits.size);
  const creditsTop = height - style.margin - credits.texts.length * style.credits.lineHeight;
  if (legendTop + legend.height + style.gap > creditsTop) return null;
  return {
    titleLines,
    chart: { x: style.margin, y: top + (boxHeight - drawing.height * scale) / 2, scale, drawing },
    noteLines,
    legend,
    creditLines: stackLines(credits.texts, columnLeft, creditsTop, style.credits),
    sourceCount: credits.sourceCount,
  };
}

/**
 * The whole image at a fixed size: the headline on top, the chart enlarged as far as it goes, and the note, the
 * legend, the source line, the licence and the permalink below it or (landscape) beside it, as one SVG document.
 */
export function buildChartImageSvg(input: ChartImageInput): ChartImage {
  const { width, height } = chartImageSizes[input.shape];
  const style = shapeStyles[input.shape];
  const innerWidth = width - 2 * style.margin;
  const titleLines = stackLines(
    wrapToWidth(input.title, innerWidth, style.title.size, true),
    style.margin,
    style.margin,
    style.title,
    true,
  );
  const frame: Frame = {
    style,
    input,
    width,
    height,
    titleLines,
    top: style.margin + titleLines.length * style.title.lineHeight + style.gap / 2,
  };
  const beside =
    input.shape === 'landscape'
      ? chartShares.flatMap((share) => [sideBySide(frame, share, false), sideBySide(frame, share, true)])
      : [];
  const candidates = [stacked(frame), ...beside].filter(
    (arrangement): arrangement is Arrangement => arrangement !== null,
  );
  const chosen = candidates.reduce((best, next) => (next.chart.scale > best.chart.scale ? next : best));
  const { chart, noteLines, legend, creditLines, sourceCount } = chosen;

  const parts = [
    ...chosen.titleLines.map((line) => textMarkup(line, ink)),
    ...noteLines.map((line) => textMarkup(line, ink)),
    `<g transform="translate(${round(chart.x)} ${round(chart.y)}) scale(${round(chart.scale, 4)})">${chart.drawing.markup}</g>`,
    legend.markup,
    ...legend.lines.map((line) => textMarkup(line, ink)),
    ...creditLines.slice(0, sourceCount).map((line) => textMarkup(line, inkMuted)),
    `<a href="${escapeXml(input.permalink)}">${creditLines
      .slice(sourceCount)
      .map((line) => textMarkup(line, link))
      .join('')}</a>`,
  ];
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(fontFamily)}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`;
  return {
    markup,
    width,
    height,
    lines: [...chosen.titleLines, ...noteLines, ...legend.lines, ...creditLines],
    chart,
  };
}

/** A line of a row label redrawn whole for an image: its baseline below the row's centre (negative: above). */
export interface RowLabelLine {
  text: string;
  dy: number;
  fontSize: number;
  bold: boolean;
}

const rowLabelStyle = { label: { size: 13, lineHeight: 15 }, sublabel: { size: 11, lineHeight: 13 } };

/**
 * Who (bold) over where and when, wrapped whole to `width` and centred on the row: for an image of a drawing whose
 * label column cut them short, where a line or two more is better than a label that ends in "…".
 */
export function wholeRowLabel(label: string, sublabel: string, width: number): RowLabelLine[] {
  const { label: main, sublabel: sub } = rowLabelStyle;
  const labelLines = wrapText(label, charsAcross(width, main.size * boldWidening));
  const sublabelLines = sublabel ? wrapText(sublabel, charsAcross(width, sub.size)) : [];
  const height = labelLines.length * main.lineHeight + sublabelLines.length * sub.lineHeight;
  let baseline = -height / 2;
  return [
    ...labelLines.map((text) => {
      baseline += main.lineHeight;
      return { text, dy: baseline - 3, fontSize: main.size, bold: true };
    }),
    ...sublabelLines.map((text) => {
      baseline += sub.lineHeight;
      return { text, dy: baseline - 2, fontSize: sub.size, bold: false };
    }),
  ];
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
