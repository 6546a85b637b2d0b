import type { FigureRecord } from '@/db/queries/figure-records';
import { isMeasurement, type FigureKind } from '@/lib/charts/describe-figure';

/** What decides whether two figures of one metric can disagree. */
export type ComparableFields = Pick<FigureRecord, 'kind' | 'per' | 'periodStart' | 'periodEnd'> & {
  claimant: Pick<FigureRecord['claimant'], 'slug'>;
};

export type NotComparableReason =
  'same-claimant' | 'not-a-measurement' | 'undated' | 'rate-and-no-rate' | 'different-periods';

export type Comparability =
  | {
      comparable: true;
      /** True when the two state different rates and meet only per year. */ converted: boolean;
    }
  | { comparable: false; reason: NotComparableReason };

const finerFirst: Record<NonNullable<FigureRecord['per']>, number> = { day: 0, week: 1, month: 2, year: 3 };

function covers(outer: ComparableFields, inner: ComparableFields): boolean {
  return outer.periodStart! <= inner.periodStart! && outer.periodEnd! >= inner.periodEnd!;
}

function overlap(a: ComparableFields, b: ComparableFields): boolean {
  return a.periodStart! <= b.periodEnd! && b.periodStart! <= a.periodEnd!;
}

/**
 * The one rule for what may be set against what as a disagreement (spreads, "Most contested", the figure page):
 * two figures compare only when they come from different claimants, both measure (actual, estimate, claim: not
 * capacity, projection, target, demand or proposal), and refer to overlapping periods. Figures at different rates
 * (a day, a year) meet per year, and only when the finer rate's period covers the other's: "more than 1,500 a
 * day" at publication in January 2025 says nothing about the 2024 total, while a daily average over 2024 does.
 */
export function comparability(a: ComparableFields, b: ComparableFields): Comparability {
  if (a.claimant.slug === b.claimant.slug) return { comparable: false, reason: 'same-claimant' };
  if (!isMeasurement(a.kind) || !isMeasurement(b.kind))
    return { comparable: false, reason: 'not-a-measurement' };
  if (a.periodStart === null || a.periodEnd === null || b.periodStart === null || b.periodEnd === null) {
    return { comparable: false, reason: 'undated' };
  }
  if ((a.per === null) !== (b.per === null)) return { comparable: false, reason: 'rate-and-no-rate' };
  if (a.per === b.per) {
    return overlap(a, b)
      ? { comparable: true, converted: false }
      : { comparable: false, reason: 'different-periods' };
  }
  const [rate, total] = finerFirst[a.per!] < finerFirst[b.per!] ? [a, b] : [b, a];
  return covers(rate, total)
    ? { comparable: true, converted: true }
    : { comparable: false, reason: 'different-periods' };
}

const notMeasurementWords: Partial<Record<FigureKind, string>> = {
  capacity: 'a capacity',
  projection: 'a projection',
  target: 'a target',
  demand: 'a demand',
  proposal: 'a proposal',
};

/** Why a figure of this kind is no side of a disagreement: "a target, not a measurement"; null for measurements. */
export function notAMeasurement(kind: FigureKind): string | null {
  const words = notMeasurementWords[kind];
  return words ? `${words}, not a measurement` : null;
}
