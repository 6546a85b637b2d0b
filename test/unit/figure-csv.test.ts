import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '@/db/queries/figure-records';
import { figureCsvColumns, figureCsvHeader, figureCsvRow } from '@/lib/csv/figure-csv';

const source = {
  slug: 'sample-dispatch',
  title: 'Sample, "Dispatch"',
  kind: 'news_report' as const,
  outlet: 'The Sample Times',
  author: null,
  publishedOn: '2025-03-01',
  publishedPrecision: 'month' as const,
  url: null,
  sha256: 'f38f2d721f0a89a209960ab17087c575b8792800ce81a43c7c9a22e96ad51bb5',
};

const plain: FigureRecord = {
  id: 1,
  publicId: 'us-aid-sent-kiel',
  kind: 'estimate',
  valueText: '$119\u00a0billion',
  value: 119_000_000_000,
  valueLow: null,
  valueHigh: null,
  bound: 'exact',
  unit: 'USD',
  per: null,
  normalisedValue: null,
  normalisedUnit: null,
  normalisedPer: null,
  periodStart: '2022-02-24',
  periodEnd: '2025-02-28',
  quote: 'The Kiel Institute estimates that the US has sent a total of $119\u00a0billion to Ukraine.',
  quoteStart: 16,
  quoteEnd: 101,
  quotePrefix: '',
  quoteSuffix: '',
  note: null,
  addedOn: '2025-04-01',
  metric: { slug: 'us-aid-sent', name: 'US aid sent to Ukraine', unit: 'USD' },
  topic: { slug: 'aid-and-finance', name: 'Aid & finance' },
  claimant: { slug: 'kiel-institute', name: 'Kiel Institute', side: 'independent', kind: 'think_tank' },
  source,
};

const awkward: FigureRecord = {
  ...plain,
  id: 2,
  publicId: 'output-change',
  kind: 'claim',
  valueText: '-2.5%',
  value: -2.5,
  valueLow: -3,
  valueHigh: -2,
  bound: 'range',
  unit: 'percent',
  per: 'month',
  normalisedValue: -30,
  normalisedUnit: 'percent',
  normalisedPer: 'year',
  periodStart: null,
  periodEnd: null,
  quote: '“Output fell -2.5%,” he said, "not +1%".',
  quoteStart: 200,
  quoteEnd: 241,
  metric: { slug: 'output-change', name: '=Output change', unit: 'percent' },
  claimant: { slug: 'defence-watch', name: '@DefenceWatch', side: 'other', kind: 'media' },
};

describe('the figures CSV', () => {
  it('writes the documented header, then one exact row per figure', () => {
    expect(figureCsvHeader()).toBe(`${figureCsvColumns.join(',')}\r\n`);
    expect(figureCsvRow(plain, 'https://cf.example')).toBe(
      'us-aid-sent-kiel,https://cf.example/figures/us-aid-sent-kiel,Aid & finance,US aid sent to Ukraine,us-aid-sent,' +
        '$119\u00a0billion,119000000000,,,exact,USD,,,,2022-02-24,2025-02-28,estimate,Kiel Institute,independent,' +
        `The Sample Times,"Sample, ""Dispatch""",,2025-03,,${source.sha256},` +
        'The Kiel Institute estimates that the US has sent a total of $119\u00a0billion to Ukraine.,16,101\r\n',
    );
  });

  it('quotes commas and double quotes, neutralises formulas in text, and keeps negative numbers', () => {
    expect(figureCsvRow(awkward, 'https://cf.example')).toBe(
      'output-change,https://cf.example/figures/output-change,Aid & finance,"\'=Output change",output-change,' +
        '"\'-2.5%",-2.5,-3,-2,range,percent,month,-30,percent per year,,,claim,"\'@DefenceWatch",other,' +
        `The Sample Times,"Sample, ""Dispatch""",,2025-03,,${source.sha256},` +
        '"“Output fell -2.5%,” he said, ""not +1%"".",200,241\r\n',
    );
  });

  it('reads back with a real CSV parser to the same values', () => {
    const text =
      figureCsvHeader() +
      figureCsvRow(plain, 'https://cf.example') +
      figureCsvRow(awkward, 'https://cf.example');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0] ?? {})).toEqual([...figureCsvColumns]);
    expect(rows[1]).toMatchObject({
      value: '-2.5',
      value_low: '-3',
      quote: plain.quote.replace(plain.quote, awkward.quote),
    });
    expect(rows[0]?.value_as_stated).toBe('$119\u00a0billion');
  });
});
