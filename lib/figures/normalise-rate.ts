import type { Figure } from '@/db/schema';
import { daysInRateYear } from './day-count';

type Per = NonNullable<Figure['per']>;

/**
 * What a rate is multiplied by to give a year, by the one day-count rule (lib/figures/day-count.ts): a day the
 * days of its year (365, or 366 in a leap year), a week those days over 7, a month 12.
 */
export function perYearFactor(per: Per, periodEnd: string | null): number {
  if (per === 'year') return 1;
  if (per === 'month') return 12;
  const days = daysInRateYear(periodEnd);
  return per === 'day' ? days : days / 7;
}

export interface NormalisedValue {
  value: number;
  per: 'year';
  factor: number;
}

/** Rates are compared per year: a daily figure is multiplied by the days of its year, a monthly one by 12. */
export function normaliseToYear(
  value: number | null,
  per: Per | null,
  periodEnd: string | null,
): NormalisedValue | null {
  if (value === null || per === null) return null;
  const factor = perYearFactor(per, periodEnd);
  return { value: value * factor, per: 'year', factor };
}
