import { describe, expect, it } from 'vitest';
import { chartTips } from '@/lib/charts/chart-tip';
import { computeSpread, type SpreadFigure } from '@/lib/charts/compute-spread';
import { shapeGroupsChart, type FigureGroup, type GroupedFigures } from '@/lib/charts/shape-figure-groups';

const staff = { slug: 'general-staff', name: 'General Staff of Ukraine', side: 'ukraine' } as const;
const kremlin = { slug: 'kremlin', name: 'Kremlin', side: 'russia' } as const;

function group(overrides: Partial<FigureGroup>): FigureGroup {
  return {
    claimant: staff,
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    count: 1,
    min: 100,
    max: 100,
    latest: 100,
    latestFigureId: 'a',
    measurement: true,
    ...overrides,
  };
}

function grouped(groups: FigureGroup[], overrides: Partial<GroupedFigures> = {}): GroupedFigures {
  return {
    metric: { slug: 'russian-military-casualties', name: 'Russian military casualties', unit: 'people' },
    per: null,
    normalised: false,
    groupedBy: 'claimant and period',
    groups,
    cut: false,
    spread: null,
    ...overrides,
  };
}

describe('shapeGroupsChart', () => {
  const groups = [
    group({ count: 11_000, min: 400_000, max: 430_790, latest: 430_790 }),
    group({ claimant: kremlin, count: 990, min: 50_000, max: 70_000, latest: 60_000, measurement: false }),
    group({
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      count: 10,
      min: 500_000,
      max: 500_000,
      latest: 500_000,
    }),
  ];

  it('draws one row per group, largest first, and says the chart shows groups and how to read them', () => {
    const chart = shapeGroupsChart(grouped(groups));
    expect(chart?.groupNote).toBe(
      '12,000 figures shown as 3 groups by source and period: each bar is the range, the dot the latest',
    );
    expect(chart?.summary).toBe(
      '12,000 figures shown as 3 groups by source and period: each bar is the range, the dot the latest. ' +
        'Russian military casualties, from 50,000 people to 500,000 people',
    );
    expect(chart?.rows.map((row) => [row.label, row.sublabel])).toEqual([
      ['General Staff of Ukraine', '2025 · 10 figures'],
      ['General Staff of Ukraine', '2024 · 11,000 figures'],
      ['Kremlin', '2024 · 990 figures'],
    ]);
    expect(chart?.height).toBe(3 * 48 + 64);
    expect(chart?.sides).toEqual(['ukraine', 'russia']);
  });

  it('writes on each mark its range, or the one value its figures share', () => {
    expect(shapeGroupsChart(grouped(groups))?.rows.map((row) => row.markText)).toEqual([
      '500,000',
      '400,000–430,790',
      '50,000–70,000',
    ]);
  });

  it('names each row for screen readers and links it to the figures it stands for', () => {
    const row = shapeGroupsChart(grouped(groups))?.rows[1];
    expect(row?.ariaLabel).toBe(
      'General Staff of Ukraine, 2024: 11,000 figures, 400,000 people to 430,790 people, latest 430,790 people',
    );
    expect(row?.href).toBe('/figures?metric=russian-military-casualties&claimant=general-staff');
    expect(shapeGroupsChart(grouped(groups))?.rows[0]?.ariaLabel).toContain('all 500,000 people');
  });

  it('says when the groups span every period, and when only the largest are drawn', () => {
    const chart = shapeGroupsChart(
      grouped([group({ periodStart: null, periodEnd: null, count: 5 })], {
        groupedBy: 'claimant',
        cut: true,
      }),
    );
    expect(chart?.rows[0]?.sublabel).toBe('all periods · 5 figures');
    expect(chart?.groupNote).toBe(
      '5 figures shown as the 1 group by source with the largest values (the rest are in the table): ' +
        'each bar is the range, the dot the latest',
    );
  });

  it('gives each row a tooltip in drawing order, and no chart without groups', () => {
    const chart = shapeGroupsChart(grouped(groups));
    expect(chart && chartTips(chart).map((tip) => tip.claimant)).toEqual([
      'General Staff of Ukraine',
      'General Staff of Ukraine',
      'Kremlin',
    ]);
    expect(shapeGroupsChart(grouped([]))).toBeNull();
  });
});

describe('computeSpread on figures that stand for others', () => {
  const figure = (publicId: string, claimant: string, value: number, count?: number): SpreadFigure => ({
    publicId,
    kind: 'claim',
    value,
    valueLow: null,
    valueHigh: null,
    bound: 'exact',
    unit: 'people',
    per: null,
    normalisedValue: null,
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    claimant: { slug: claimant },
    count,
  });

  it('counts the figures a row stands for in what it leaves out', () => {
    const target = { ...figure('t', 'a', 9000, 40), kind: 'target' as const };
    const spread = computeSpread([figure('a', 'a', 100, 10), figure('b', 'b', 300), target]);
    expect(spread?.text).toBe('Sources differ by 3×');
    expect(spread?.note).toBe('Not counted: targets (40 figures), which are not measurements.');
  });

  it('finds one claimant in a row that stands for several of its figures', () => {
    expect(computeSpread([figure('a', 'a', 100, 10)])?.text).toBe(
      'No disagreement to measure: every figure that measures comes from one source',
    );
  });
});
