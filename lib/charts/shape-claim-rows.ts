import type { FigureRecord } from '@/db/queries/figure-records';
import { describeFigure, type FigureDetail } from './describe-figure';
import { markerKind, type MarkerKind } from './marker-kind';
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

/** One row per figure, largest plotted value first. */
export function shapeClaimRows(records: readonly FigureRecord[]): ClaimRow[] {
  const normalise = ratesDiffer(records);
  return records
    .flatMap((record) => {
      const plotted = plottedValue(record, normalise);
      if (!plotted) return [];
      const detail = describeFigure(record, plotted.conversion);
      return [
        {
          ...detail,
          index: 0,
          label: detail.claimant,
          // The period comes first: a long outlet or title is what gets cut to fit, not the date the figure is for.
          sublabel: `${detail.period} · ${detail.outlet}, ${detail.published}`,
          marker: markerKind(record.bound, plotted.low, plotted.high),
          value: plotted.value,
          low: plotted.low,
          high: plotted.high,
        },
      ];
    })
    .sort((a, b) => b.value - a.value || a.figureId.localeCompare(b.figureId))
    .map((row, index) => ({ ...row, index }));
}
