import type { Figure } from '@/db/schema';

type Per = NonNullable<Figure['per']>;

export const perYearFactor: Record<Per, number> = { day: 365, week: 52, month: 12, year: 1 };

export interface NormalisedValue {
  value: number;
  per: 'year';
  factor: number;
}

/** Rates are compared per year: a daily figure is multiplied by 365, a monthly one by 12. */
export function normaliseToYear(value: number | null, per: Per | null): NormalisedValue | null {
  if (value === null || per === null) return null;
  const factor = perYearFactor[per];
  return { value: value * factor, per: 'year', factor };
}
