import type { FigureRecord } from '@/db/queries/figure-records';

/** One line of a tiny table of figures: who says so, their side, the kind, the value and bound, the period. */
export type FigureLine = [
  who: string,
  side: FigureRecord['claimant']['side'],
  kind: FigureRecord['kind'],
  value: number,
  bound: FigureRecord['bound'],
  start: string | null,
  end: string | null,
];

/** Figure records from a small inline table (OWID-grapher style), one metric, every other field plain. */
export function figureTable(
  lines: readonly FigureLine[],
  metric: { unit?: string; per?: FigureRecord['per'] } = {},
): FigureRecord[] {
  const unit = metric.unit ?? 'people';
  const per = metric.per ?? null;
  return lines.map(([who, side, kind, value, bound, start, end], index) => ({
    id: index + 1,
    publicId: `figure-${index + 1}`,
    kind,
    valueText: value.toLocaleString('en-GB'),
    value,
    valueLow: null,
    valueHigh: null,
    bound,
    unit,
    per,
    normalisedValue: null,
    normalisedUnit: null,
    normalisedPer: null,
    periodStart: start,
    periodEnd: end,
    quote: `Officials said ${value.toLocaleString('en-GB')} ${unit} were counted by the end of the period.`,
    quoteStart: 0,
    quoteEnd: 10,
    quotePrefix: '',
    quoteSuffix: '',
    note: null,
    addedOn: '2025-04-01',
    metric: { slug: 'sample-metric', name: 'Sample metric', unit },
    topic: { slug: 'sample', name: 'Sample' },
    claimant: { slug: who.toLowerCase().replace(/\W+/g, '-'), name: who, side, kind: 'government' },
    source: {
      slug: 'sample-source',
      title: 'Sample',
      kind: 'news_report',
      outlet: 'Reuters',
      author: null,
      publishedOn: '2025-01-20',
      publishedPrecision: 'day',
      url: null,
      sha256: '0'.repeat(64),
    },
  }));
}
