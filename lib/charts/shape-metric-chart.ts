import type { FigureRecord } from '@/db/queries/figure-records';
import { formatNumber, formatQuantity, formatRate } from '@/lib/format/format-number';
import { rowChartHeight } from './chart-layout';
import { chooseMetricChart } from './choose-metric-chart';
import { computeSpread, type Spread } from './compute-spread';
import type { MarkerKind } from './marker-kind';
import { describeConversions, ratesDiffer } from './plotted-value';
import { periodBands, shapeClaimRows, type ClaimRow, type RowBand } from './shape-claim-rows';
import type { GroupsChartData } from './shape-figure-groups';
import { shapeParts, type PartsData } from './shape-parts';
import { shapeTimeSeries, type TimeSeriesData } from './shape-time-series';
import { sidesPresent, type Side } from './side-colour';
import { valueAxis, valueAxisLabel, valueAxisNearData } from './value-axis';

export interface ChartBase {
  summary: string;
  axisLabel: string;
  domain: [number, number];
  ticks: number[];
  height: number;
  sides: Side[];
  /** The value axis starts above zero, and says so with a break. */
  broken?: boolean;
}

export interface ClaimsChartData extends ChartBase {
  kind: 'claims';
  rows: ClaimRow[];
  /** Runs of rows of one period, when the figures cover several. */
  bands: RowBand[];
  markers: MarkerKind[];
  hasNonMeasurements: boolean;
  normalised: boolean;
  /** The arithmetic of each conversion to a year, when the figures' rates differ. */
  conversionNote: string | null;
  spread: Spread | null;
  /** The widest disagreement drawn between its two rows, labelled with the ratio ("≥ 1.3×"); null when none. */
  connector: { from: number; to: number; label: string } | null;
}

export interface TimeSeriesChartData extends ChartBase, TimeSeriesData {
  kind: 'timeseries';
}

export interface PartsChartData extends ChartBase, PartsData {
  kind: 'parts';
  wholeLabel: string | null;
}

/** Everything the chart draws, shaped on the server: plain data, the figures or, past the mark limit, groups of them. */
export type MetricChartData = ClaimsChartData | TimeSeriesChartData | PartsChartData | GroupsChartData;

const timeSeriesHeight = 320;
const markerOrder: MarkerKind[] = ['point', 'open-right', 'open-left', 'range'];

function plottedRate(records: readonly FigureRecord[]): FigureRecord['per'] {
  if (ratesDiffer(records)) return 'year';
  const rates = new Set(records.map((record) => record.per));
  return rates.size === 1 ? (records[0]?.per ?? null) : null;
}

export function extentText(values: readonly number[], unit: string, per: FigureRecord['per']): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return `all at ${formatRate(max, unit, per)}`;
  return `from ${formatQuantity(min, unit)} to ${formatRate(max, unit, per)}`;
}

export function count(n: number, noun: string): string {
  return `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function extents(items: readonly { value: number; low: number | null; high: number | null }[]): number[] {
  return items.flatMap((item) => [item.low ?? item.value, item.value, item.high ?? item.value]);
}

/** "1.3×", or "≥ 1.3×" when the larger figure is a lower bound: the spread as its connector says it. */
export function spreadLabel(spread: Spread): string | null {
  if (!spread.pair) return null;
  const times = `${formatNumber(Math.round(spread.pair.ratio * 10) / 10)}×`;
  return spread.text.includes('at least') ? `≥ ${times}` : times;
}

function spreadConnector(rows: readonly ClaimRow[], spread: Spread | null): ClaimsChartData['connector'] {
  if (!spread?.disagree || !spread.pair) return null;
  const { minFigureId, maxFigureId } = spread.pair;
  const from = rows.findIndex((row) => row.figureId === minFigureId);
  const to = rows.findIndex((row) => row.figureId === maxFigureId);
  const label = spreadLabel(spread);
  return from >= 0 && to >= 0 && label ? { from, to, label } : null;
}

/** The chart for one metric's figures, or null when none has a value to plot. */
export function shapeMetricChart(records: readonly FigureRecord[]): MetricChartData | null {
  const first = records[0];
  if (!first) return null;
  const { name, unit } = first.metric;
  const per = plottedRate(records);
  const axisLabel = valueAxisLabel(unit, per);
  const kind = chooseMetricChart(records);

  if (kind === 'timeseries') {
    const data = shapeTimeSeries(records);
    const points = data.series.flatMap((series) => series.points);
    const values = extents(points.map((point) => ({ ...point, value: point.y })));
    if (values.length === 0) return null;
    return {
      kind,
      ...data,
      summary: `${data.columns ? 'Column' : 'Time'} chart of ${name} over ${count(data.periods.length, 'period')}, ${data.periods[0]} to ${data.periods.at(-1)}, ${extentText(values, unit, per)}`,
      axisLabel,
      ...(data.columns ? valueAxis(values) : valueAxisNearData(values)),
      height: timeSeriesHeight,
      sides: data.series.map((series) => series.side),
    };
  }

  if (kind === 'parts') {
    const data = shapeParts(records);
    const values = data.bars.map((bar) => bar.value);
    if (values.length === 0) return null;
    return {
      kind,
      ...data,
      wholeLabel:
        data.total !== null && !data.bars.some((bar) => bar.isTotal)
          ? `Whole: ${formatQuantity(data.total, unit)}`
          : null,
      summary: `Bar chart of ${count(values.length, 'figure')} for ${name} from ${first.claimant.name}, ${extentText(values, unit, per)}`,
      axisLabel,
      ...valueAxis([data.total ?? 0, ...values], false),
      height: rowChartHeight(values.length),
      sides: sidesPresent(data.bars),
    };
  }

  const rows = shapeClaimRows(records);
  if (rows.length === 0) return null;
  const values = extents(rows);
  const present = new Set(rows.map((row) => row.marker));
  const bands = periodBands(rows);
  const spread = computeSpread(records);
  return {
    kind,
    rows,
    bands,
    markers: markerOrder.filter((marker) => present.has(marker)),
    hasNonMeasurements: rows.some((row) => !row.measurement),
    normalised: ratesDiffer(records),
    conversionNote: ratesDiffer(records) ? describeConversions(rows.map((row) => row.conversion)) : null,
    spread,
    connector: spreadConnector(rows, spread),
    summary: `Dot plot of ${count(rows.length, 'claim')} about ${name}, ${extentText(values, unit, per)}`,
    axisLabel,
    ...valueAxisNearData(values),
    height: rowChartHeight(rows.length, undefined, bands.length),
    sides: sidesPresent(rows),
  };
}
