import type { FigureRecord } from '@/db/queries/figure-records';
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
}

// Latest period first; undated figures last.
function byPeriod(a: FigureRecord, b: FigureRecord): number {
  if (a.periodEnd === null || b.periodEnd === null)
    return (a.periodEnd === null ? 1 : 0) - (b.periodEnd === null ? 1 : 0);
  return b.periodEnd.localeCompare(a.periodEnd) || (b.periodStart ?? '').localeCompare(a.periodStart ?? '');
}

/**
 * One row per figure, largest plotted value first; when the figures refer to different periods, grouped by period
 * (latest first), so figures that may not be set against each other sit in bands of their own.
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
        // The period comes first: a long outlet or title is what gets cut to fit, not the date the figure is for.
        sublabel: `${detail.period} · ${detail.outlet}, ${detail.published}`,
        marker: markerKind(record.bound, plotted.low, plotted.high),
        value: plotted.value,
        low: plotted.low,
        high: plotted.high,
      };
      return [{ row, record }];
    })
    .sort(
      (a, b) =>
        (banded ? byPeriod(a.record, b.record) : 0) ||
        b.row.value - a.row.value ||
        a.row.figureId.localeCompare(b.row.figureId),
    )
    .map(({ row }, index) => ({ ...row, index }));
}

/** A run of rows of one period, drawn as a band so figures for different periods are not read as one comparison. */
export interface RowBand {
  first: number;
  last: number;
  period: string;
}

/** The bands of rows that share a period, when the rows cover more than one; otherwise none. */
export function periodBands(rows: readonly Pick<ClaimRow, 'period'>[]): RowBand[] {
  const bands: RowBand[] = [];
  rows.forEach((row, index) => {
    const last = bands.at(-1);
    if (last && last.period === row.period) last.last = index;
    else bands.push({ first: index, last: index, period: row.period });
  });
  return bands.length > 1 ? bands : [];
}
