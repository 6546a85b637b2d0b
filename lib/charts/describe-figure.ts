import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod, formatPublished } from '@/lib/format/format-date';
import { formatFigureValue } from '@/lib/format/format-number';
import { figureKindLabel } from '@/lib/format/labels';
import { sourceCredit } from '@/lib/figures/name-source';
import type { Side } from './side-colour';

export type FigureKind = FigureRecord['kind'];

/** What a tooltip and a mark's accessible name say about one figure; plain data, safe to send to the browser. */
export interface FigureDetail {
  figureId: string;
  claimant: string;
  side: Side;
  outlet: string;
  published: string;
  period: string;
  kind: FigureKind;
  kindLabel: string;
  measurement: boolean;
  valueText: string;
  valueLabel: string;
  conversion: string | null;
  ariaLabel: string;
}

/** The kinds that say how things are (the rest say what could, will or should be). */
export const measurementKinds: readonly FigureKind[] = ['actual', 'estimate', 'claim'];
const measurementKindSet: ReadonlySet<FigureKind> = new Set(measurementKinds);

/** Actuals, estimates and claims say how things are; capacity, projections, targets, demands and proposals do not. */
export function isMeasurement(kind: FigureKind): boolean {
  return measurementKindSet.has(kind);
}

export function describeFigure(record: FigureRecord, conversion: string | null): FigureDetail {
  const outlet = sourceCredit(record.source);
  const published = formatPublished(record.source.publishedOn, record.source.publishedPrecision);
  const valueLabel = formatFigureValue(record);
  return {
    figureId: record.publicId,
    claimant: record.claimant.name,
    side: record.claimant.side,
    outlet,
    published,
    period: formatPeriod(record.periodStart, record.periodEnd),
    kind: record.kind,
    kindLabel: figureKindLabel[record.kind],
    measurement: isMeasurement(record.kind),
    valueText: record.valueText,
    valueLabel,
    conversion,
    ariaLabel: `${valueLabel}, ${record.claimant.name}, ${outlet}, ${published}`,
  };
}
