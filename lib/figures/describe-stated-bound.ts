import type { FigureRecord } from '@/db/queries/figure-records';
import { formatQuantity, formatRate } from '@/lib/format/format-number';

type Stated = Pick<FigureRecord, 'bound' | 'value' | 'valueLow' | 'valueHigh' | 'unit' | 'per'>;

/** The hedge a text put on a number, in its own words; none for an exact number or a range. */
export const hedgeWords: Record<FigureRecord['bound'], string | null> = {
  exact: null,
  approximately: 'about',
  more_than: 'more than',
  at_least: 'at least',
  less_than: 'less than',
  up_to: 'up to',
  range: null,
};

/**
 * How the text put the number, for a reader rather than the data contract: "Stated as “more than” 1,500 people a
 * day: the true number is higher", never "Lower bound 1,500, upper bound none (more than)".
 */
export function describeStatedBound(figure: Stated): string {
  const hedge = hedgeWords[figure.bound];
  if (figure.bound === 'range' && figure.valueLow !== null && figure.valueHigh !== null) {
    return `Stated as a range, from ${formatQuantity(figure.valueLow, figure.unit)} to ${formatRate(figure.valueHigh, figure.unit, figure.per)}`;
  }
  if (figure.value === null) return hedge ? `Stated as “${hedge}”` : 'Stated without a number to compare';
  const amount = formatRate(figure.value, figure.unit, figure.per);
  switch (figure.bound) {
    case 'more_than':
    case 'at_least':
      return `Stated as “${hedge}” ${amount}: the number may be higher`;
    case 'less_than':
    case 'up_to':
      return `Stated as “${hedge}” ${amount}: the number may be lower`;
    case 'approximately':
      return `Stated as “about” ${amount}: a rounded or approximate number`;
    default:
      return `Stated as an exact number: ${amount}`;
  }
}
