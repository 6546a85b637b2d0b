import type { FigureRecord } from '@/db/queries/figure-records';
import { perYearFactor } from '@/lib/figures/normalise-rate';
import { formatFigureValue, formatNumber } from '@/lib/format/format-number';

type ValueFields = Pick<
  FigureRecord,
  'value' | 'valueLow' | 'valueHigh' | 'bound' | 'unit' | 'per' | 'normalisedValue' | 'periodEnd'
>;

export interface PlottedValue {
  value: number;
  low: number | null;
  high: number | null;
  per: FigureRecord['per'];
  conversion: string | null;
}

/** Figures are converted to a yearly rate only when they state different rates (a day and a month). */
export function ratesDiffer(records: readonly Pick<FigureRecord, 'per'>[]): boolean {
  return new Set(records.flatMap((record) => (record.per ? [record.per] : []))).size > 1;
}

function central(fields: Pick<ValueFields, 'value' | 'valueLow' | 'valueHigh' | 'bound'>): number | null {
  const { value, valueLow, valueHigh, bound } = fields;
  if (bound === 'range' && valueLow !== null && valueHigh !== null) return (valueLow + valueHigh) / 2;
  return value;
}

const noRateStated = 'No rate stated, so not converted to a year';

/** The value a chart plots: stated, or per year (by the day-count rule) when `normalise`; a range its midpoint. */
export function plottedValue(record: ValueFields, normalise: boolean): PlottedValue | null {
  const stated = central(record);
  if (stated === null) return null;
  const { valueLow: low, valueHigh: high, per } = record;
  if (!normalise || per === null || per === 'year') {
    const conversion = normalise && per === null ? noRateStated : null;
    return { value: stated, low, high, per, conversion };
  }
  const factor = perYearFactor(per, record.periodEnd);
  const yearly = {
    ...record,
    value: record.value === null ? null : record.value * factor,
    valueLow: low === null ? null : low * factor,
    valueHigh: high === null ? null : high * factor,
    per: 'year' as const,
  };
  const value =
    record.bound === 'range'
      ? (central(yearly) ?? stated * factor)
      : (record.normalisedValue ?? stated * factor);
  return {
    value,
    low: yearly.valueLow,
    high: yearly.valueHigh,
    per: 'year',
    // The bound carries over: more than 1,500 a day is more than 547,500 a year.
    conversion: `${formatFigureValue(record)} × ${formatNumber(factor)} = ${formatFigureValue(yearly)}`,
  };
}

const perYearRule =
  'a daily figure × the days of its year (365, or 366 in a leap year), a weekly one × those days ÷ 7, a monthly one × 12';

/** What a chart drawn per year says about it: each conversion's arithmetic, or the rule when there are many. */
export function describeConversions(conversions: readonly (string | null)[]): string {
  const shown = [
    ...new Set(conversions.filter((conversion) => conversion !== null && conversion !== noRateStated)),
  ];
  if (shown.length === 0 || shown.length > 4) return `Rates are drawn per year: ${perYearRule}.`;
  return `Rates are drawn per year: ${shown.join('; ')}.`;
}
