import type { FigureRecord } from '@/db/queries/figure-records';
import { perYearFactor } from '@/lib/figures/normalise-rate';
import { formatFigureValue } from '@/lib/format/format-number';

type ValueFields = Pick<
  FigureRecord,
  'value' | 'valueLow' | 'valueHigh' | 'bound' | 'unit' | 'per' | 'normalisedValue'
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

function withoutHedge(fields: Omit<ValueFields, 'normalisedValue'>): string {
  return formatFigureValue({ ...fields, bound: fields.bound === 'range' ? 'range' : 'exact' });
}

/** The value a chart plots: stated, or per year when `normalise`; a range plots its midpoint. */
export function plottedValue(record: ValueFields, normalise: boolean): PlottedValue | null {
  const stated = central(record);
  if (stated === null) return null;
  const { valueLow: low, valueHigh: high, per } = record;
  if (!normalise || per === null || per === 'year') {
    const conversion = normalise && per === null ? 'No rate stated, so not converted to a year' : null;
    return { value: stated, low, high, per, conversion };
  }
  const factor = perYearFactor[per];
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
    conversion: `${withoutHedge(record)} × ${factor} = ${withoutHedge(yearly)}`,
  };
}
