import type { Figure } from '@/db/schema';
import { formatNumber, formatRate } from '@/lib/format/format-number';
import { perYearFactor } from './normalise-rate';

/** The per-year conversion in words, for readers to check: "1,500 drones a day × 365 = 547,500 drones a year". */
export function describeNormalisation(figure: {
  value: number | null;
  unit: string;
  per: Figure['per'];
  normalisedValue: number | null;
  periodEnd: string | null;
}): string | null {
  if (
    figure.value === null ||
    figure.per === null ||
    figure.per === 'year' ||
    figure.normalisedValue === null
  ) {
    return null;
  }
  const stated = formatRate(figure.value, figure.unit, figure.per);
  const perYear = formatRate(figure.normalisedValue, figure.unit, 'year');
  return `${stated} × ${formatNumber(perYearFactor(figure.per, figure.periodEnd))} = ${perYear}`;
}
