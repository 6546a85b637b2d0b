import type { FigureRecord } from '@/db/queries/figure-records';
import { isMeasurement } from './describe-figure';
import { partsOfWhole } from './parts-of-whole';
import { dayAfter, distinctPeriods } from './periods';

/** The chart drawn for a metric (for embeds and images too); `timeseries` is the time axis. */
export type MetricChartKind = 'claims' | 'timeseries' | 'parts';

/**
 * What a reader sees of a metric: one figure as a number card, parts of a whole as bars, figures over time on a
 * time axis, or the claims side by side.
 */
export type MetricForm = 'number' | 'parts' | 'timeline' | 'claims';

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

/**
 * One source's own figures for two or more dates: a change over time, never a disagreement (the Kursk area ISW put
 * at more than 1,100 km² in August 2024 and at less than 500 km² in January 2025). Every figure is a dated
 * measurement at one rate.
 */
export function isOneSourceOverTime(records: readonly FigureRecord[]): boolean {
  const periods = distinctPeriods(records);
  if (!periods || periods.length < 2) return false;
  return (
    new Set(records.map((record) => record.claimant.slug)).size === 1 &&
    new Set(records.map((record) => record.per)).size === 1 &&
    records.every((record) => isMeasurement(record.kind))
  );
}

/** The form for a metric's figures, decided from the figures alone. */
export function chooseMetricForm(records: readonly FigureRecord[]): MetricForm {
  if (records.length === 1) return 'number';
  if (partsOfWhole(records)) return 'parts';
  if (isTimeSeries(records) || isOneSourceOverTime(records)) return 'timeline';
  return 'claims';
}

/** The chart for a metric's figures: a single figure, which pages show as a number card, is drawn as a claim. */
export function chooseMetricChart(records: readonly FigureRecord[]): MetricChartKind {
  const form = chooseMetricForm(records);
  if (form === 'parts') return 'parts';
  if (form === 'timeline') return 'timeseries';
  return 'claims';
}
