import { describe, expect, it } from 'vitest';
import type { SpreadFigure } from '@/lib/charts/compute-spread';
import { rankContested } from '@/lib/charts/rank-contested';

function figure(claimant: string, value: number, overrides: Partial<SpreadFigure> = {}): SpreadFigure {
  return {
    publicId: `${claimant}-${value}`,
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
    ...overrides,
  };
}

const metrics = [
  // Two claimants, same year, 2× apart: a real disagreement.
  { metric: 'troops', figures: [figure('kyiv', 800_000), figure('moscow', 400_000)] },
  // 1.5× apart: ranked below.
  { metric: 'recruits', figures: [figure('nato', 300_000), figure('kremlin', 450_000)] },
  // A rate at publication against the year before: not comparable, never ranked.
  {
    metric: 'casualties',
    figures: [
      figure('sources', 1500, {
        per: 'day',
        bound: 'more_than',
        valueLow: 1500,
        periodStart: '2025-01-13',
        periodEnd: '2025-01-20',
      }),
      figure('general-staff', 430_790, { per: 'year' }),
    ],
  },
  // A daily average over 2024 against the 2024 total: comparable, but only after a conversion.
  {
    metric: 'converted',
    figures: [figure('analyst', 2000, { per: 'day' }), figure('general-staff', 430_790, { per: 'year' })],
  },
  // Within 5%: agreement.
  { metric: 'agreeing', figures: [figure('a', 1000), figure('b', 1030)] },
  // A target against a measurement.
  { metric: 'target', figures: [figure('a', 1000, { kind: 'target' }), figure('b', 5000)] },
  // One claimant over two years.
  {
    metric: 'one-claimant',
    figures: [
      figure('isw', 584),
      figure('isw', 4168, { periodStart: '2023-01-01', periodEnd: '2023-12-31' }),
    ],
  },
];

describe('"Most contested"', () => {
  it('ranks real disagreements only, widest first, and none that needs a conversion', () => {
    const ranked = rankContested(metrics, 8);
    expect(ranked.map(({ metric, spread }) => [metric, spread.text])).toEqual([
      ['troops', 'Sources differ by 2×'],
      ['recruits', 'Sources differ by 1.5×'],
    ]);
  });

  it('keeps to the limit, and ranks nothing when nothing disagrees', () => {
    expect(rankContested(metrics, 1).map(({ metric }) => metric)).toEqual(['troops']);
    expect(rankContested(metrics.slice(2), 8)).toEqual([]);
  });
});
