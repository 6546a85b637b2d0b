import { charsAcross, wrapText } from './chart-image';

/**
 * How a chart is laid out in its viewBox: drawn this many units wide and scaled to the column, so nothing is
 * measured in the browser. Each chart is drawn twice from the same data, wide for the page and narrow for a phone,
 * where a 600-unit chart would shrink its 12-unit text to 7 pixels; CSS shows one of them.
 */
export interface ChartLayout {
  name: 'wide' | 'narrow' | 'stacked';
  /** The viewBox width. */
  width: number;
  /** The row labels' column of the horizontal charts (claims, parts, groups). */
  rowLabelWidth: number;
  /** Lines a row label (who) and its sublabel (where and when) may wrap to before they are cut. */
  labelLines: number;
  sublabelLines: number;
  /** The height of one row of a horizontal chart. */
  rowHeight: number;
  /** The left edge of the time series' plot area, right of its value labels and axis title. */
  timeSeriesLeft: number;
  /** Row labels over each row's mark rather than in a column beside it (`rowLabelWidth` is then only a margin). */
  labelsAbove?: boolean;
}

export const wideLayout: ChartLayout = {
  name: 'wide',
  width: 600,
  rowLabelWidth: 200,
  labelLines: 2,
  sublabelLines: 1,
  rowHeight: 48,
  timeSeriesLeft: 104,
};

// At about 360 px a phone shows this one at full size: the label column gives the marks more than half the width,
// labels wrap, and each row is taller to hold a sublabel of two lines.
export const narrowLayout: ChartLayout = {
  name: 'narrow',
  width: 360,
  rowLabelWidth: 128,
  labelLines: 2,
  sublabelLines: 2,
  rowHeight: 60,
  timeSeriesLeft: 88,
};

export const chartLayouts: readonly ChartLayout[] = [wideLayout, narrowLayout];

// For an embed in a column under 400 px: a label column would leave the marks half the width, so each row's label
// sits over its mark and the plot takes the full width (shown by app/embed-narrow.css; pages do not draw it).
export const stackedLayout: ChartLayout = {
  name: 'stacked',
  width: 320,
  rowLabelWidth: 12,
  labelLines: 3,
  sublabelLines: 4,
  rowHeight: 128,
  timeSeriesLeft: 56,
  labelsAbove: true,
};

export const embedLayouts: readonly ChartLayout[] = [...chartLayouts, stackedLayout];

const valueAxisHeight = 48;
const axesHeight = 64;
const minRowChartHeight = 200;

export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export type Scale = (value: number) => number;

export function linearScale([from, to]: [number, number], [start, end]: [number, number]): Scale {
  const span = to - from || 1;
  return (value) => start + ((value - from) / span) * (end - start);
}

/**
 * The height of a horizontal chart of `rowCount` rows and `headings` band headings: its rows and the value axis,
 * never less than a minimum (rows whose labels wrap further make the drawing taller, see placeRows).
 */
export function rowChartHeight(rowCount: number, layout: ChartLayout = wideLayout, headings = 0): number {
  return Math.max(minRowChartHeight, rowCount * layout.rowHeight + headings * bandHeadingHeight + axesHeight);
}

/** The plot area of a chart of rows: labels on the left, the value axis below. */
export function rowPlotArea(
  layout: ChartLayout,
  height: number,
  top: number,
  rightPadding: number,
): PlotArea {
  return {
    left: layout.rowLabelWidth,
    right: layout.width - rightPadding,
    top,
    bottom: height - valueAxisHeight,
  };
}

/** How wide a row label's lines may be: its column less the gap before the plot and a margin at the left edge. */
export function rowLabelTextWidth(layout: ChartLayout): number {
  return layout.rowLabelWidth - 20;
}

/** The vertical centre of row `index` of `count` rows filling the plot area. */
export function rowCentre(area: PlotArea, index: number, count: number): number {
  return area.top + ((index + 0.5) * (area.bottom - area.top)) / Math.max(count, 1);
}

// Tick labels closer than this collide ("2.5 million" is about 75 units); then only every second (third, …) tick
// is labelled, evenly spaced from the first.
const minTickGap = 80;

export function spacedTicks(ticks: readonly number[], length: number): number[] {
  const gap = length / Math.max(ticks.length - 1, 1);
  const every = Math.max(1, Math.ceil(minTickGap / gap));
  return ticks.filter((_, index) => index % every === 0);
}

// Bold letters are a little wider than the average that charsAcross assumes.
const boldWidening = 1.06;

/** Text cut to at most `maxLines` lines that fit `width` at `fontSize` (in bold if `bold`); a cut ends in "…". */
export function fitLines(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  const limit = charsAcross(width, bold ? fontSize * boldWidening : fontSize);
  const lines = wrapText(text, limit);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, limit - 1)).trimEnd()}…`;
  return kept;
}

// 30 units across: at least 24 px wherever a drawing is shown, down to the narrow one at 288 px (a 320 px phone).
export const markTargetRadius = 15;

export const rowLabelSize = 13;
export const rowSublabelSize = 11;
export const rowLabelLineHeight = 15;
export const rowSublabelLineHeight = 13;
/** The room above a band of rows for its heading. */
export const bandHeadingHeight = 24;

/** A row label wrapped whole, never cut: who in bold, where and when below, in the layout's label column. */
export function wrapRowLabel(
  row: { label: string; sublabel: string },
  layout: ChartLayout,
): { lines: string[]; sublines: string[] } {
  const width = rowLabelTextWidth(layout);
  return {
    lines: fitLines(row.label, width, rowLabelSize, Number.POSITIVE_INFINITY, true),
    sublines: fitLines(row.sublabel, width, rowSublabelSize, Number.POSITIVE_INFINITY),
  };
}

export interface RowPlacement {
  /** Where each row's mark and label block are centred. */
  centres: number[];
  /** Each row's top and bottom edge. */
  tops: number[];
  bottoms: number[];
  /** Where the plot's rows end. */
  bottom: number;
  /** The chart's whole height, the value axis below the rows included. */
  height: number;
}

/**
 * Where the rows of a horizontal chart go: each row at least `layout.rowHeight` tall and taller when its whole label
 * needs it (beside the mark; the stacked layout keeps its fixed rows), with room for a heading above each band.
 */
export function placeRows(
  rows: readonly { label: string; sublabel: string }[],
  layout: ChartLayout,
  bandFirsts: readonly number[] = [],
  top = 16,
): RowPlacement {
  const headed = new Set(bandFirsts);
  const centres: number[] = [];
  const tops: number[] = [];
  const bottoms: number[] = [];
  let y = top;
  rows.forEach((row, index) => {
    if (headed.has(index)) y += bandHeadingHeight;
    let height = layout.rowHeight;
    if (!layout.labelsAbove) {
      const { lines, sublines } = wrapRowLabel(row, layout);
      height = Math.max(
        height,
        lines.length * rowLabelLineHeight + sublines.length * rowSublabelLineHeight + 14,
      );
    }
    tops.push(y);
    centres.push(y + height / 2);
    y += height;
    bottoms.push(y);
  });
  const minimumPlot = minRowChartHeight - valueAxisHeight;
  const bottom = Math.max(y, minimumPlot);
  return { centres, tops, bottoms, bottom, height: bottom + valueAxisHeight };
}

/** The time ticks to label, left to right, each at least `gap` units after the last one labelled. */
export function spacedTimeTicks<T extends { at: number }>(
  ticks: readonly T[],
  scale: Scale,
  gap: number,
): T[] {
  const kept: T[] = [];
  for (const tick of ticks) {
    const last = kept.at(-1);
    if (!last || scale(tick.at) - scale(last.at) >= gap) kept.push(tick);
  }
  return kept;
}
