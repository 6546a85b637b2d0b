import type { FigureRecord } from '@/db/queries/figure-records';
import { formatNumber } from '@/lib/format/format-number';
import { describeFigure, type FigureDetail } from './describe-figure';
import { markerKind, type MarkerKind } from './marker-kind';
import { periodKey } from './periods';
import { plottedValue, ratesDiffer } from './plotted-value';

/** One figure on the dot plot; `value`, `low` and `high` are what is plotted (per year when rates differ). */
export interface ClaimRow extends FigureDetail {
  index: number;
  label: string;
  sublabel: string;
  marker: MarkerKind;
  value: number;
  low: number | null;
  high: number | null;
  /** The plotted value as written on its mark, the bound as a sign: "> 547,500", "18–20". */
  markText: string;
}

const boundSign: Partial<Record<FigureRecord['bound'], string>> = {
  approximately: '≈ ',
  more_than: '> ',
  at_least: '≥ ',
  less_than: '< ',
  up_to: '≤ ',
};

/** What a mark says of its value (the unit is on the axis): the bound as a sign, a range as low–high. */
export function markText(
  bound: FigureRecord['bound'],
  value: number,
  low: number | null,
  high: number | null,
): string {
  if (bound === 'range' && low !== null && high !== null) return `${formatNumber(low)}–${formatNumber(high)}`;
  return `${boundSign[bound] ?? ''}${formatNumber(value)}`;
}

// Latest period first; undated figures last.
function byPeriod(a: FigureRecord, b: FigureRecord): number {
  if (a.periodEnd === null || b.periodEnd === null)
    return (a.periodEnd === null ? 1 : 0) - (b.periodEnd === null ? 1 : 0);
  return b.periodEnd.localeCompare(a.periodEnd) || (b.periodStart ?? '').localeCompare(a.periodStart ?? '');
}

/** " (× 365)" on a value converted to a year, so a rate drawn per year never passes for a stated yearly total. */
function convertedBy(record: FigureRecord, plotted: { value: number; conversion: string | null }): string {
  if (!plotted.conversion || !record.per || record.per === 'year' || !record.value) return '';
  return ` (× ${formatNumber(Math.round(plotted.value / record.value))})`;
}

/**
 * One row per figure, largest plotted value first; measurements before targets, demands and the like, and when the
 * measurements refer to different periods, grouped by period (latest first), so figures that may not be set against
 * each other sit in bands of their own.
 */
export function shapeClaimRows(records: readonly FigureRecord[]): ClaimRow[] {
  const normalise = ratesDiffer(records);
  const banded = new Set(records.map((record) => periodKey(record.periodStart, record.periodEnd))).size > 1;
  return records
    .flatMap((record) => {
      const plotted = plottedValue(record, normalise);
      if (!plotted) return [];
      const detail = describeFigure(record, plotted.conversion);
      const row = {
        ...detail,
        index: 0,
        label: detail.claimant,
        // When, and what kind of figure if it is not a measurement; the outlet is in the mark's details and name.
        sublabel: detail.measurement ? detail.period : `${detail.period} · ${detail.kindLabel}`,
        marker: markerKind(record.bound, plotted.low, plotted.high),
        value: plotted.value,
        low: plotted.low,
        high: plotted.high,
        markText: `${markText(record.bound, plotted.value, plotted.low, plotted.high)}${convertedBy(record, plotted)}`,
      };
      return [{ row, record }];
    })
    .sort(
      (a, b) =>
        Number(!a.row.measurement) - Number(!b.row.measurement) ||
        (banded && a.row.measurement && b.row.measurement ? byPeriod(a.record, b.record) : 0) ||
        b.row.value - a.row.value ||
        a.row.figureId.localeCompare(b.row.figureId),
    )
    .map(({ row }, index) => ({ ...row, index }));
}

/** A run of rows drawn as a band with its heading, so figures that may not be compared are not read as one. */
export interface RowBand {
  first: number;
  last: number;
  heading: string;
}

const notMeasuredWords: Record<string, string> = {
  capacity: 'capacity',
  projection: 'projections',
  target: 'targets',
  demand: 'demands',
  proposal: 'proposals',
};

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The bands of a dot plot: the measurements of each period, and the targets, demands, proposals, projections and
 * capacity together in a band of their own, never one spread with the measurements. None when all rows share one.
 */
export function periodBands(rows: readonly Pick<ClaimRow, 'period' | 'measurement' | 'kind'>[]): RowBand[] {
  const key = (row: (typeof rows)[number]) => (row.measurement ? `measured ${row.period}` : 'not measured');
  const bands: (RowBand & { key: string })[] = [];
  rows.forEach((row, index) => {
    const last = bands.at(-1);
    if (last && last.key === key(row)) last.last = index;
    else bands.push({ first: index, last: index, heading: '', key: key(row) });
  });
  if (bands.length < 2) return [];
  const measuredBands = bands.filter((band) => band.key !== 'not measured').length;
  const notMeasured = joinWords([
    ...new Set(rows.filter((row) => !row.measurement).map((row) => notMeasuredWords[row.kind] ?? row.kind)),
  ]);
  return bands.map(({ first, last, key: bandKey }) => {
    const period = rows[first]?.period ?? '';
    const heading =
      bandKey === 'not measured'
        ? `${notMeasured.charAt(0).toUpperCase()}${notMeasured.slice(1)}: not measurements`
        : measuredBands > 1
          ? `Measured for ${period}`
          : 'Measurements';
    return { first, last, heading };
  });
}
