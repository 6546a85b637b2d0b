import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '@/db/queries/figure-records';
import { chooseMetricChart } from '@/lib/charts/choose-metric-chart';
import { computeSpread } from '@/lib/charts/compute-spread';
import { shapeClaimRows } from '@/lib/charts/shape-claim-rows';
import { shapeMetricChart } from '@/lib/charts/shape-metric-chart';
import { partLabel, shapeParts } from '@/lib/charts/shape-parts';
import { shapeTimeSeries } from '@/lib/charts/shape-time-series';
import { chartConfig, sideColour } from '@/lib/charts/side-colour';
import { valueAxis, valueAxisLabel } from '@/lib/charts/value-axis';

type RecordOverrides = Partial<Omit<FigureRecord, 'claimant' | 'source' | 'metric'>> & {
  claimant?: Partial<FigureRecord['claimant']>;
  source?: Partial<FigureRecord['source']>;
};

const perYear = { day: 365, week: 52, month: 12, year: 1 } as const;

function figure(publicId: string, overrides: RecordOverrides = {}): FigureRecord {
  const { claimant, source, ...fields } = overrides;
  const value = fields.value === undefined ? 1000 : fields.value;
  const per = fields.per ?? null;
  return {
    id: 1,
    publicId,
    kind: 'claim',
    valueText: String(value),
    value,
    valueLow: null,
    valueHigh: null,
    bound: 'exact',
    unit: 'drones',
    per,
    normalisedValue: per && value !== null ? value * perYear[per] : null,
    normalisedUnit: per ? 'drones' : null,
    normalisedPer: per ? 'year' : null,
    periodStart: '2025-03-01',
    periodEnd: '2025-03-31',
    quote: `They make ${value} drones.`,
    quoteStart: 0,
    quoteEnd: 10,
    quotePrefix: '',
    quoteSuffix: '',
    note: null,
    addedOn: '2025-04-01',
    ...fields,
    metric: { slug: 'drone-output', name: 'Ukrainian drone output', unit: 'drones' },
    topic: { slug: 'arms-production', name: 'Arms production' },
    claimant: { slug: 'minister', name: 'Sample Minister', side: 'ukraine', kind: 'person', ...claimant },
    source: {
      slug: 'sample',
      title: 'Sample',
      kind: 'news_report',
      outlet: 'Bloomberg',
      author: null,
      publishedOn: '2024-11-01',
      publishedPrecision: 'month',
      url: null,
      sha256: '0'.repeat(64),
      ...source,
    },
  };
}

const kremlin = { slug: 'kremlin', name: 'Kremlin', side: 'russia' } as const;
const isw = { slug: 'isw', name: 'Institute for the Study of War', side: 'independent' } as const;

function territory(
  publicId: string,
  year: number,
  value: number,
  claimant: Partial<FigureRecord['claimant']> = isw,
): FigureRecord {
  return figure(publicId, {
    kind: 'estimate',
    unit: 'km2',
    value,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    claimant,
  });
}

describe('chooseMetricChart', () => {
  it('puts claims side by side by default', () => {
    const records = [
      figure('a', { value: 1500 }),
      figure('b', { value: 1177, claimant: kremlin }),
      figure('c', { value: 1300, claimant: isw }),
    ];
    expect(chooseMetricChart(records)).toBe('claims');
  });

  it('draws a time series when actuals or estimates cover consecutive periods at one rate', () => {
    const records = [
      territory('gained-2024', 2024, 4168),
      territory('gained-2023', 2023, 487),
      territory('gained-2024-kremlin', 2024, 4500, kremlin),
    ];
    expect(chooseMetricChart(records)).toBe('timeseries');
  });

  it("keeps claims when several sources' periods leave a gap, overlap, or the figures are mostly claims", () => {
    expect(chooseMetricChart([territory('a', 2022, 1), territory('b', 2024, 2, kremlin)])).toBe('claims');
    const overlapping = figure('c', { kind: 'estimate', periodStart: '2024-06-01', periodEnd: '2025-05-31' });
    expect(chooseMetricChart([territory('a', 2024, 1), overlapping])).toBe('claims');
    const claimed = [
      territory('a', 2023, 1),
      { ...territory('b', 2024, 2, kremlin), kind: 'claim' as const },
    ];
    expect(chooseMetricChart([...claimed, { ...territory('c', 2024, 3), kind: 'claim' as const }])).toBe(
      'claims',
    );
  });

  it("puts one source's own dated figures on a time axis, gap or not", () => {
    expect(chooseMetricChart([territory('a', 2022, 1), territory('b', 2024, 2)])).toBe('timeseries');
  });

  it('keeps claims when the periods differ in rate', () => {
    const daily = { ...territory('b', 2024, 12), per: 'day' as const };
    expect(chooseMetricChart([territory('a', 2023, 487), daily])).toBe('claims');
  });

  it('draws bars for percentages from one claimant, source and period that add up to at most 100', () => {
    const shares = [60, 30, 10].map((value, i) =>
      figure(`share-${i}`, { kind: 'estimate', unit: 'percent', value }),
    );
    expect(chooseMetricChart(shares)).toBe('parts');
    expect(
      chooseMetricChart([...shares, figure('share-3', { kind: 'estimate', unit: 'percent', value: 20 })]),
    ).toBe('claims');
    const twoVoices = [shares[0]!, { ...shares[1]!, claimant: { ...shares[1]!.claimant, slug: 'other' } }];
    expect(chooseMetricChart(twoVoices)).toBe('claims');
  });

  it('draws bars for people when the largest figure is a total the others fit inside', () => {
    const losses = [
      figure('total', { kind: 'estimate', unit: 'people', value: 600_000 }),
      figure('killed', { kind: 'estimate', unit: 'people', value: 200_000 }),
      figure('wounded', { kind: 'estimate', unit: 'people', value: 400_000 }),
    ];
    expect(chooseMetricChart(losses)).toBe('parts');
    expect(
      chooseMetricChart([...losses, figure('missing', { unit: 'people', kind: 'estimate', value: 50_000 })]),
    ).toBe('claims');
  });
});

describe('shapeClaimRows', () => {
  it('gives one row per figure, labelled by who says so, the period and, if not a measurement, its kind', () => {
    const [row] = shapeClaimRows([
      figure('ukraine-arms-capacity-2024', {
        kind: 'capacity',
        unit: 'USD',
        value: 20_000_000_000,
        valueText: 'US$20 billion',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        claimant: { name: 'Oleksandr Kamyshin' },
      }),
    ]);
    expect(row).toMatchObject({
      figureId: 'ukraine-arms-capacity-2024',
      label: 'Oleksandr Kamyshin',
      sublabel: '2024 · Capacity',
      side: 'ukraine',
      marker: 'point',
      value: 20_000_000_000,
      valueText: 'US$20 billion',
      valueLabel: 'US$20 billion',
      conversion: null,
      measurement: false,
      ariaLabel: 'US$20 billion, Oleksandr Kamyshin, Bloomberg, Nov 2024',
    });
  });

  it('marks lower bounds as open to the right, upper bounds to the left and ranges from low to high', () => {
    const rows = shapeClaimRows([
      figure('exact', { value: 1000, bound: 'exact' }),
      figure('about', { value: 1100, bound: 'approximately' }),
      figure('more', { value: 1200, valueLow: 1200, bound: 'more_than' }),
      figure('least', { value: 1300, valueLow: 1300, bound: 'at_least' }),
      figure('less', { value: 1400, valueHigh: 1400, bound: 'less_than' }),
      figure('up-to', { value: 1500, valueHigh: 1500, bound: 'up_to' }),
      figure('range', { value: null, valueLow: 1000, valueHigh: 2000, bound: 'range' }),
    ]);
    const marker = (id: string) => rows.find((row) => row.figureId === id)?.marker;
    expect(['exact', 'about'].map(marker)).toEqual(['point', 'point']);
    expect(['more', 'least'].map(marker)).toEqual(['open-right', 'open-right']);
    expect(['less', 'up-to'].map(marker)).toEqual(['open-left', 'open-left']);
    expect(rows.find((row) => row.figureId === 'range')).toMatchObject({
      marker: 'range',
      value: 1500,
      low: 1000,
      high: 2000,
    });
    expect(rows.find((row) => row.figureId === 'more')?.valueLabel).toBe('more than 1,200 drones');
  });

  it('orders rows from the largest plotted value down', () => {
    const rows = shapeClaimRows([
      figure('small', { value: 5 }),
      figure('large', { value: 50 }),
      figure('mid', { value: 20 }),
    ]);
    expect(rows.map((row) => [row.figureId, row.index])).toEqual([
      ['large', 0],
      ['mid', 1],
      ['small', 2],
    ]);
  });

  it('plots stated values when every figure has the same rate', () => {
    const rows = shapeClaimRows([
      figure('a', { value: 1500, per: 'day' }),
      figure('b', { value: 1177, per: 'day' }),
    ]);
    expect(rows.map((row) => [row.value, row.conversion])).toEqual([
      [1500, null],
      [1177, null],
    ]);
  });

  it('plots values per year when rates differ, and says how each was converted', () => {
    const rows = shapeClaimRows([
      figure('daily', { value: 1500, per: 'day' }),
      figure('monthly', { value: 30_000, per: 'month' }),
      figure('yearly', { value: 400_000, per: 'year' }),
      figure('weekly-range', { value: null, valueLow: 7000, valueHigh: 9000, bound: 'range', per: 'week' }),
    ]);
    const byId = Object.fromEntries(rows.map((row) => [row.figureId, row]));
    expect(byId.daily).toMatchObject({
      value: 547_500,
      valueLabel: '1,500 drones a day',
      conversion: '1,500 drones a day × 365 = 547,500 drones a year',
    });
    expect(byId.monthly).toMatchObject({
      value: 360_000,
      conversion: '30,000 drones a month × 12 = 360,000 drones a year',
    });
    expect(byId.yearly).toMatchObject({ value: 400_000, conversion: null });
    // A week is the days of its year over 7: 2025 has 365.
    const weeks = 365 / 7;
    expect(byId['weekly-range']).toMatchObject({
      value: 8000 * weeks,
      low: 7000 * weeks,
      high: 9000 * weeks,
    });
    expect(byId['weekly-range']?.conversion).toBe(
      '7,000 drones – 9,000 drones a week × 52.14 = 365,000 drones – 469,285.71 drones a year',
    );
  });
});

// Spread is measured between claimants, so each of these figures has its own.
function byClaimant(publicId: string, overrides: RecordOverrides = {}): FigureRecord {
  return figure(publicId, { ...overrides, claimant: { slug: publicId, name: publicId } });
}

describe('computeSpread', () => {
  it('says how many times the largest figure is the smallest, rounded to one decimal', () => {
    const spread = computeSpread([
      byClaimant('a', { value: 1500 }),
      byClaimant('b', { value: 1177 }),
      byClaimant('c', { value: 1300 }),
    ]);
    expect(spread?.pair).toMatchObject({ min: 1177, max: 1500, minFigureId: 'b', maxFigureId: 'a' });
    expect(spread?.pair?.ratio).toBeCloseTo(1.274, 3);
    expect(spread).toMatchObject({ text: 'Sources differ by 1.3×', disagree: true, note: null });
  });

  it('says the sources agree within 5%', () => {
    expect(computeSpread([byClaimant('a', { value: 1000 }), byClaimant('b', { value: 1040 })])).toMatchObject(
      {
        text: 'Sources agree',
        disagree: false,
      },
    );
    expect(computeSpread([byClaimant('a', { value: 1000 }), byClaimant('b', { value: 1050 })])?.text).toBe(
      'Sources differ by 1.1×',
    );
  });

  it('has nothing to say about fewer than two figures, and no ratio for a minimum of zero', () => {
    expect(computeSpread([])).toBeNull();
    expect(computeSpread([byClaimant('a')])).toBeNull();
    expect(computeSpread([byClaimant('a', { value: 0 }), byClaimant('b', { value: 10 })])).toMatchObject({
      pair: null,
      text: 'No disagreement to measure: a figure at or below zero gives no ratio',
    });
  });

  it('compares a daily and a monthly rate for the same month per year, a range by its midpoint, showing the sums', () => {
    const spread = computeSpread([
      byClaimant('daily', { value: 1000, per: 'day' }),
      byClaimant('monthly', {
        value: null,
        valueLow: 20_000,
        valueHigh: 40_000,
        bound: 'range',
        per: 'month',
      }),
    ]);
    expect(spread?.pair).toMatchObject({ min: 360_000, max: 365_000, converted: true });
    expect(spread?.text).toBe('Sources agree');
    expect(spread?.note).toBe(
      'Compared per year: 20,000 drones – 40,000 drones a month × 12 = 240,000 drones – 480,000 drones a year; 1,000 drones a day × 365 = 365,000 drones a year.',
    );
  });

  it('leaves out projections and targets, and says so', () => {
    const spread = computeSpread([
      byClaimant('actual', { kind: 'actual', value: 1500 }),
      byClaimant('claim', { kind: 'claim', value: 1200 }),
      byClaimant('projection', { kind: 'projection', value: 4000 }),
      byClaimant('target', { kind: 'target', value: 10_000 }),
    ]);
    expect(spread?.pair).toMatchObject({ max: 1500, maxFigureId: 'actual' });
    expect(spread?.text).toBe('Sources differ by 1.3×');
    expect(spread?.note).toBe(
      'Not counted: projections and targets (2 figures), which are not measurements.',
    );
  });

  it('sets no rate against a figure stated without one, and says so', () => {
    const spread = computeSpread([
      byClaimant('a', { value: 1500, per: 'day' }),
      byClaimant('b', { value: 1200, per: 'day' }),
      byClaimant('total', { value: 500_000 }),
    ]);
    expect(spread?.pair).toMatchObject({ max: 1500, min: 1200 });
    expect(spread?.note).toBe('Not set against each other: a rate and a figure stated without one.');
  });

  it('compares figures from different claimants only: one claimant over time is not a disagreement', () => {
    const overTime = [
      figure('before', { kind: 'actual', value: 8000 }),
      figure('after', { kind: 'actual', value: 3500 }),
    ];
    expect(computeSpread(overTime)).toMatchObject({
      pair: null,
      disagree: false,
      text: 'No disagreement to measure: every figure that measures comes from one source',
    });
    const mixed = computeSpread([...overTime, byClaimant('other', { kind: 'actual', value: 4000 })]);
    expect(mixed?.pair).toMatchObject({ minFigureId: 'other', maxFigureId: 'before' });
    expect(mixed?.text).toBe('Sources differ by 2×');
  });

  it('says "at least" when the larger figure is a lower bound, and "up to" when it is an upper bound', () => {
    const exact = byClaimant('exact', { value: 430_790 });
    expect(
      computeSpread([exact, byClaimant('more', { value: 547_500, bound: 'more_than', valueLow: 547_500 })])
        ?.text,
    ).toBe('Sources differ by at least 1.3×');
    expect(
      computeSpread([exact, byClaimant('up', { value: 547_500, bound: 'up_to', valueHigh: 547_500 })])?.text,
    ).toBe('Sources differ by up to 1.3×');
  });

  it('finds no disagreement among projections and targets, and says why', () => {
    const spread = computeSpread([
      byClaimant('a', { kind: 'projection', value: 4000 }),
      byClaimant('b', { kind: 'target', value: 2000 }),
    ]);
    expect(spread).toMatchObject({
      pair: null,
      disagree: false,
      text: 'No disagreement to measure: the figures are projections and targets, not measurements',
      note: null,
    });
  });
});

describe('side colours', () => {
  it('names the CSS variable of the side', () => {
    expect(sideColour('ukraine')).toBe('var(--side-ukraine)');
    expect(sideColour('russia')).toBe('var(--side-russia)');
  });

  it('maps every side to its label and colour', () => {
    expect(chartConfig.us).toEqual({ label: 'United States', colour: 'var(--side-us)' });
    expect(Object.keys(chartConfig)).toEqual([
      'ukraine',
      'russia',
      'us',
      'europe',
      'nato',
      'independent',
      'other',
    ]);
  });
});

describe('shapeTimeSeries', () => {
  it('orders points by period start, one series per side, the periods labelled for readers', () => {
    const data = shapeTimeSeries([
      territory('isw-2024', 2024, 4168),
      territory('kremlin-2024', 2024, 4500, kremlin),
      territory('isw-2023', 2023, 487),
    ]);
    expect(data.periods).toEqual(['2023', '2024']);
    expect(data.series.map((series) => [series.side, series.label, series.colour])).toEqual([
      ['russia', 'Russia', 'var(--side-russia)'],
      ['independent', 'Independent', 'var(--side-independent)'],
    ]);
    expect(data.series[1]?.points.map((point) => [point.period, point.x, point.y])).toEqual([
      ['2023', 0, 487],
      ['2024', 1, 4168],
    ]);
  });
});

describe('shapeParts', () => {
  it('puts the stated total first and names each part from its quote', () => {
    const data = shapeParts([
      figure('killed', {
        kind: 'estimate',
        unit: 'people',
        value: 200_000,
        valueText: '200,000',
        quote: 'Of them, 200,000 were killed in action.',
      }),
      figure('total', { kind: 'estimate', unit: 'people', value: 600_000 }),
      figure('wounded', { kind: 'estimate', unit: 'people', value: 400_000 }),
    ]);
    expect(data.total).toBe(600_000);
    expect(data.bars.map((bar) => [bar.figureId, bar.isTotal])).toEqual([
      ['total', true],
      ['wounded', false],
      ['killed', false],
    ]);
    expect(data.bars[2]?.label).toBe('200,000 were killed in action');
  });

  it('shortens a long quote after six words', () => {
    expect(
      partLabel({
        valueText: '18%',
        quote: 'Russia holds 18% of Ukraine’s territory, including Crimea and parts of Donbas.',
      }),
    ).toBe('18% of Ukraine’s territory, including Crimea…');
  });
});

describe('the value axis', () => {
  it('starts at zero and ends on a round number past the largest value', () => {
    expect(valueAxis([429_605, 1_460_000])).toEqual({
      domain: [0, 2_000_000],
      ticks: [0, 500_000, 1_000_000, 1_500_000, 2_000_000],
    });
    expect(valueAxis([200_000, 600_000], false).ticks).toEqual([0, 200_000, 400_000, 600_000]);
    expect(valueAxis([55, 30, 10, 100], false).ticks).toEqual([0, 25, 50, 75, 100]);
  });

  it('names the unit and the rate', () => {
    expect(valueAxisLabel('USD', 'year')).toBe('US$ a year');
    expect(valueAxisLabel('km2', null)).toBe('km²');
    expect(valueAxisLabel('drones', 'day')).toBe('drones a day');
  });
});

describe('shapeMetricChart', () => {
  it('summarises the dot plot for screen readers and reserves 48px a row', () => {
    const chart = shapeMetricChart([
      figure('a', { value: 1500, per: 'day' }),
      figure('b', { value: 1177, per: 'day', claimant: kremlin }),
      figure('c', { value: 1200, per: 'day' }),
      figure('d', { value: 1300, per: 'day', claimant: isw }),
    ]);
    expect(chart?.kind).toBe('claims');
    expect(chart?.summary).toBe(
      'Dot plot of 4 claims about Ukrainian drone output, from 1,177 drones to 1,500 drones a day',
    );
    expect(chart?.axisLabel).toBe('drones a day');
    expect(chart?.sides).toEqual(['ukraine', 'russia', 'independent']);
    expect(chart?.height).toBe(4 * 48 + 64);
    expect(chart?.kind === 'claims' && chart.spread?.text).toBe('Sources differ by 1.3×');
  });

  it('labels the axis per year when it plots converted rates, and never goes below 200px', () => {
    const chart = shapeMetricChart([
      figure('a', { value: 1500, per: 'day' }),
      figure('b', { value: 30_000, per: 'month' }),
    ]);
    expect(chart).toMatchObject({
      kind: 'claims',
      normalised: true,
      axisLabel: 'drones a year',
      height: 200,
    });
  });

  it('has no chart without figures', () => {
    expect(shapeMetricChart([])).toBeNull();
  });
});
