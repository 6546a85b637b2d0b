import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod } from '@/lib/format/format-date';
import { describeFigure, type FigureDetail } from './describe-figure';
import { markerKind, type MarkerKind } from './marker-kind';
import { distinctPeriods, periodKey } from './periods';
import { plottedValue, ratesDiffer } from './plotted-value';
import { markText } from './shape-claim-rows';
import { chartConfig, sideColour, sidesPresent, type Side } from './side-colour';

/** One figure on the time axis: `x` is the index of its period in `periods`, `start` and `end` its days. */
export interface TimeSeriesPoint extends FigureDetail {
  x: number;
  y: number;
  low: number | null;
  high: number | null;
  marker: MarkerKind;
  markText: string;
  /** The first and last day of its period, counted from 1970-01-01. */
  start: number;
  end: number;
}

export interface TimeSeries {
  side: Side;
  label: string;
  colour: string;
  points: TimeSeriesPoint[];
  /** Points joined by a line: only values (not bounds) of a level, so the line invents no path between them. */
  joined: boolean;
}

export interface TimeSeriesData {
  periods: string[];
  series: TimeSeries[];
  /** Flows (totals over spans of time) are drawn as columns as wide as their periods; levels as points. */
  columns: boolean;
  /** The time axis, in days since 1970-01-01, and where each period is labelled. */
  timeDomain: [number, number];
  timeTicks: { at: number; label: string }[];
}

const dayMs = 86_400_000;
// A period shorter than this is a date or a week, not a span a total was counted over.
const minFlowDays = 28;

/**
 * Totals over spans (gains in 2023, in 2024) rather than levels at dates: every period at least four weeks long and
 * all about as long as each other. A level the article dates loosely ("in August", "last week") stays a point.
 */
function isFlow(points: readonly { start: number; end: number }[]): boolean {
  const lengths = points.map((point) => point.end - point.start + 1);
  const shortest = Math.min(...lengths);
  return points.length > 0 && shortest >= minFlowDays && Math.max(...lengths) <= shortest * 1.1;
}

export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / dayMs;
}

/**
 * One series per claimant side, its points in date order; undated figures have no place on it. Totals over spans
 * (a year's gains) become columns on a time axis; levels at a date (an area held) become points, joined only when
 * every one is a value rather than a bound.
 */
export function shapeTimeSeries(records: readonly FigureRecord[]): TimeSeriesData {
  const dated = records.filter((record) => record.periodStart !== null && record.periodEnd !== null);
  const periods = distinctPeriods(dated) ?? [];
  const periodIndex = new Map(periods.map((period, index) => [periodKey(period.start, period.end), index]));
  const normalise = ratesDiffer(dated);
  const points = dated.flatMap((record) => {
    const plotted = plottedValue(record, normalise);
    const x = periodIndex.get(periodKey(record.periodStart, record.periodEnd));
    if (!plotted || x === undefined || !record.periodStart || !record.periodEnd) return [];
    return [
      {
        ...describeFigure(record, plotted.conversion),
        x,
        y: plotted.value,
        low: plotted.low,
        high: plotted.high,
        marker: markerKind(record.bound, plotted.low, plotted.high),
        markText: markText(record.bound, plotted.value, plotted.low, plotted.high),
        start: dayNumber(record.periodStart),
        end: dayNumber(record.periodEnd),
      },
    ];
  });
  const columns = isFlow(points);
  const first = Math.min(...points.map((point) => point.start));
  const last = Math.max(...points.map((point) => point.end + 1));
  const pad = columns ? 0 : Math.max((last - first) * 0.08, 15);
  return {
    periods: periods.map((period) => formatPeriod(period.start, period.end)),
    columns,
    timeDomain: points.length > 0 ? [first - pad, last + pad] : [0, 1],
    timeTicks: periods.map((period) => ({
      at: (dayNumber(period.start) + dayNumber(period.end) + 1) / 2,
      label: formatPeriod(period.start, period.end),
    })),
    series: sidesPresent(points).map((side) => {
      const own = points
        .filter((point) => point.side === side)
        .sort((a, b) => a.start - b.start || a.end - b.end || a.figureId.localeCompare(b.figureId));
      return {
        side,
        label: chartConfig[side].label,
        colour: sideColour(side),
        points: own,
        joined:
          !columns && own.length > 1 && own.every((point) => point.marker === 'point' && point.measurement),
      };
    }),
  };
}
