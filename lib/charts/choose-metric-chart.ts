import type { FigureRecord } from '@/db/queries/figure-records';
import { partsOfWhole } from './parts-of-whole';
import { dayAfter, distinctPeriods } from './periods';

export type MetricChartKind = 'claims' | 'timeseries' | 'parts';

/**
 * A time series when the figures cover two or more periods that follow one another without gap or overlap,
 * all at one rate, and more than half of them are actuals or estimates (territory gained in 2023, then 2024).
 */
export function isTimeSeries(records: readonly FigureRecord[]): boolean {
  const periods = distinctPeriods(records);
  if (!periods || periods.length < 2) return false;
  const consecutive = periods.every((period, i) => {
    const previous = periods[i - 1];
    return previous === undefined || period.start === dayAfter(previous.end);
  });
  const oneRate = new Set(records.map((record) => record.per)).size === 1;
  const measured = records.filter((record) => record.kind === 'actual' || record.kind === 'estimate').length;
  return consecutive && oneRate && measured * 2 > records.length;
}

/** Parts of a whole get bars, a run of periods gets a line, everything else the claims side by side. */
export function chooseMetricChart(records: readonly FigureRecord[]): MetricChartKind {
  if (partsOfWhole(records)) return 'parts';
  if (isTimeSeries(records)) return 'timeseries';
  return 'claims';
}
