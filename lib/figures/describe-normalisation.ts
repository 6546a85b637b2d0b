import type { Figure } from '@/db/schema';
import { formatFigureValue, formatNumber } from '@/lib/format/format-number';
import { perYearFactor } from './normalise-rate';

/**
 * The per-year conversion in words, for readers to check, its bound kept: "more than 1,500 drones a day × 365 =
 * more than 547,500 drones a year".
 */
export function describeNormalisation(figure: {
  value: number | null;
  bound: Figure['bound'];
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
  // A range is converted at its midpoint, which is not itself bounded.
  const bound = figure.bound === 'range' ? 'exact' : figure.bound;
  const hedged = (value: number, per: NonNullable<Figure['per']>) =>
    formatFigureValue({ value, valueLow: null, valueHigh: null, bound, unit: figure.unit, per });
  const stated = hedged(figure.value, figure.per);
  const perYear = hedged(figure.normalisedValue, 'year');
  return `${stated} × ${formatNumber(perYearFactor(figure.per, figure.periodEnd))} = ${perYear}`;
}
