import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod } from '@/lib/format/format-date';
import { describeFigure, type FigureDetail } from './describe-figure';
import { markerKind, type MarkerKind } from './marker-kind';
import { distinctPeriods, periodKey } from './periods';
import { plottedValue, ratesDiffer } from './plotted-value';
import { chartConfig, sideColour, sidesPresent, type Side } from './side-colour';

/** One figure on the time axis: `x` is the index of its period in `periods`. */
export interface TimeSeriesPoint extends FigureDetail {
  x: number;
  y: number;
  low: number | null;
  high: number | null;
  marker: MarkerKind;
}

export interface TimeSeries {
  side: Side;
  label: string;
  colour: string;
  points: TimeSeriesPoint[];
}

export interface TimeSeriesData {
  periods: string[];
  series: TimeSeries[];
}

/** One series per claimant side, its points ordered by period start; undated figures have no place on it. */
export function shapeTimeSeries(records: readonly FigureRecord[]): TimeSeriesData {
  const dated = records.filter((record) => record.periodStart !== null && record.periodEnd !== null);
  const periods = distinctPeriods(dated) ?? [];
  const periodIndex = new Map(periods.map((period, index) => [periodKey(period.start, period.end), index]));
  const normalise = ratesDiffer(dated);
  const points = dated.flatMap((record) => {
    const plotted = plottedValue(record, normalise);
    const x = periodIndex.get(periodKey(record.periodStart, record.periodEnd));
    if (!plotted || x === undefined) return [];
    return [
      {
        ...describeFigure(record, plotted.conversion),
        x,
        y: plotted.value,
        low: plotted.low,
        high: plotted.high,
        marker: markerKind(record.bound, plotted.low, plotted.high),
      },
    ];
  });
  return {
    periods: periods.map((period) => formatPeriod(period.start, period.end)),
    series: sidesPresent(points).map((side) => ({
      side,
      label: chartConfig[side].label,
      colour: sideColour(side),
      points: points
        .filter((point) => point.side === side)
        .sort((a, b) => a.x - b.x || a.figureId.localeCompare(b.figureId)),
    })),
  };
}
