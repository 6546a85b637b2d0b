import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod, formatPublished } from '@/lib/format/format-date';
import { formatFigureValue } from '@/lib/format/format-number';
import { sourceCredit } from '@/lib/figures/name-source';
import type { Side } from './side-colour';

/** A metric with one figure, shown as the figure itself rather than one dot on an axis. */
export interface NumberCardData {
  figureId: string;
  /** The value as stated, with its bound and unit: "more than 1,500 people a day". */
  value: string;
  who: string;
  side: Side;
  period: string;
  /** The words of the quote around the stated value. */
  keyWords: string;
  via: string;
}

const wordsBefore = 6;
const wordsAfter = 10;

/** The quote's words around its stated value, "…" where words were left out; the whole quote when it is short. */
export function quoteKeyWords(quote: string, valueText: string): string {
  const words = quote.trim().split(/\s+/);
  if (words.length <= wordsBefore + wordsAfter + 1) return quote.trim();
  const first = valueText.split(/\s+/)[0] ?? '';
  const at = Math.max(
    0,
    words.findIndex((word) => first !== '' && word.includes(first)),
  );
  const from = Math.max(0, at - wordsBefore);
  const to = Math.min(words.length, at + wordsAfter + 1);
  return `${from > 0 ? '…' : ''}${words.slice(from, to).join(' ')}${to < words.length ? '…' : ''}`;
}

export function shapeNumberCard(record: FigureRecord): NumberCardData {
  return {
    figureId: record.publicId,
    value: formatFigureValue(record),
    who: record.claimant.name,
    side: record.claimant.side,
    period: formatPeriod(record.periodStart, record.periodEnd),
    keyWords: quoteKeyWords(record.quote, record.valueText),
    via: `${sourceCredit(record.source)}, ${formatPublished(record.source.publishedOn, record.source.publishedPrecision)}`,
  };
}
