import type { FigureRecord } from '@/db/queries/figure-records';
import { isMeasurement } from './describe-figure';
import { periodKey } from './periods';

export interface Whole {
  total: number;
  totalFigureId: string | null;
}

// Rounded shares of a whole can add up to a little over 100%.
const percentTolerance = 1;

function sameForAll<T>(records: readonly FigureRecord[], key: (record: FigureRecord) => T): boolean {
  const first = records[0];
  return first !== undefined && records.every((record) => key(record) === key(first));
}

/**
 * Figures are parts of a whole when one claimant in one source gives several point measurements for one period
 * and they fit inside a total: percentages adding up to at most 100, or people adding up to at most the largest
 * figure, which is then the stated total.
 */
export function partsOfWhole(records: readonly FigureRecord[]): Whole | null {
  const oneVoice =
    sameForAll(records, (record) => record.source.slug) &&
    sameForAll(records, (record) => record.claimant.slug) &&
    sameForAll(records, (record) => periodKey(record.periodStart, record.periodEnd)) &&
    sameForAll(records, (record) => record.unit);
  const points = records.every(
    (record) =>
      (record.bound === 'exact' || record.bound === 'approximately') &&
      record.value !== null &&
      record.per === null &&
      isMeasurement(record.kind),
  );
  if (!oneVoice || !points) return null;
  const values = records.map((record) => record.value ?? 0);
  const sum = values.reduce((total, value) => total + value, 0);
  const unit = records[0]?.unit;
  if (unit === 'percent')
    return records.length >= 2 && sum <= 100 + percentTolerance ? { total: 100, totalFigureId: null } : null;
  if (unit !== 'people' || records.length < 3) return null;
  const largest = records.reduce((best, record) => ((record.value ?? 0) > (best.value ?? 0) ? record : best));
  const total = largest.value ?? 0;
  return sum - total <= total ? { total, totalFigureId: largest.publicId } : null;
}
