import { charsThatFit, wrapText } from './chart-image';

/** Charts are drawn in a viewBox this wide and scale with the page; no measuring, so the server draws them whole. */
export const chartViewWidth = 600;

/** The row labels' column of the horizontal charts (claims, parts, groups). */
export const rowLabelWidth = 200;

const valueAxisHeight = 48;

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

/** The plot area of a chart of rows: labels on the left, the value axis below. */
export function rowPlotArea(height: number, top: number, rightPadding: number): PlotArea {
  return { left: rowLabelWidth, right: chartViewWidth - rightPadding, top, bottom: height - valueAxisHeight };
}

/** The vertical centre of row `index` of `count` rows filling the plot area. */
export function rowCentre(area: PlotArea, index: number, count: number): number {
  return area.top + ((index + 0.5) * (area.bottom - area.top)) / Math.max(count, 1);
}

// Tick labels closer than this collide; then every other tick is labelled, evenly spaced.
const minPixelsPerTick = 70;

export function spacedTicks(ticks: readonly number[], length: number): number[] {
  return length / ticks.length < minPixelsPerTick ? ticks.filter((_, index) => index % 2 === 0) : [...ticks];
}

/** Text cut to at most `maxLines` lines that fit `width` at `fontSize`; a cut ends in "…". */
export function fitLines(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const limit = charsThatFit(width, fontSize);
  const lines = wrapText(text, limit);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, limit - 1)).trimEnd()}…`;
  return kept;
}
