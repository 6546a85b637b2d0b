import type { FigureRecord } from '@/db/queries/figure-records';
import { formatNumber } from '@/lib/format/format-number';
import { describeFigure, type FigureDetail } from './describe-figure';
import { partsOfWhole, type Whole } from './parts-of-whole';

export interface PartBar extends FigureDetail {
  label: string;
  sublabel: string;
  value: number;
  isTotal: boolean;
}

export interface PartsData {
  bars: PartBar[];
  total: number | null;
}

const labelWords = 6;

/** The words of the quote from the number on name the part: "200,000 were killed in action…". */
export function partLabel(record: Pick<FigureRecord, 'quote' | 'valueText'>): string {
  const at = record.quote.indexOf(record.valueText);
  const words = (at < 0 ? record.valueText : record.quote.slice(at)).split(/\s+/);
  const label = words
    .slice(0, labelWords)
    .join(' ')
    .replace(/[,;:.]$/, '');
  return words.length > labelWords ? `${label}…` : label;
}

function shareText(value: number, whole: Whole | null): string {
  if (!whole?.totalFigureId) return '';
  return `${formatNumber(Math.round((value / whole.total) * 1000) / 10)}% of the stated total`;
}

/** Bars for parts of a whole, the stated total (if any) first, then the parts from largest to smallest. */
export function shapeParts(records: readonly FigureRecord[]): PartsData {
  const whole = partsOfWhole(records);
  const bars = records
    .flatMap((record) => {
      if (record.value === null) return [];
      const detail = describeFigure(record, null);
      const isTotal = record.publicId === whole?.totalFigureId;
      return [
        {
          ...detail,
          label: partLabel(record),
          sublabel: isTotal ? 'Stated total' : shareText(record.value, whole) || detail.kindLabel,
          value: record.value,
          isTotal,
        },
      ];
    })
    .sort((a, b) => Number(b.isTotal) - Number(a.isTotal) || b.value - a.value);
  return { bars, total: whole?.total ?? null };
}
