import { describe, expect, it } from 'vitest';
import { comparability, notAMeasurement, type ComparableFields } from '@/lib/figures/comparable-pair';

type Row = [claimant: string, kind: string, per: string | null, period: string];

// kind, per, period, claimant → a figure; "2024" is the calendar year, "jan-25" 13–20 January 2025.
const periods: Record<string, [string, string] | null> = {
  '2024': ['2024-01-01', '2024-12-31'],
  'to-24-dec': ['2024-01-01', '2024-12-24'],
  'early-dec': ['2024-12-01', '2024-12-10'],
  'jan-25': ['2025-01-13', '2025-01-20'],
  'dec-23-to-jun-25': ['2023-12-01', '2025-06-30'],
  undated: null,
};

function fig([claimant, kind, per, period]: Row): ComparableFields {
  const dates = periods[period] ?? null;
  return {
    kind: kind as ComparableFields['kind'],
    per: per as ComparableFields['per'],
    periodStart: dates?.[0] ?? null,
    periodEnd: dates?.[1] ?? null,
    claimant: { slug: claimant },
  };
}

const pairs: [string, Row, Row, ReturnType<typeof comparability>][] = [
  [
    'a rate at publication against a calendar-year total',
    ['nato-sources', 'claim', 'day', 'jan-25'],
    ['general-staff', 'claim', 'year', '2024'],
    { comparable: false, reason: 'different-periods' },
  ],
  [
    'a daily average over the year against that year’s total',
    ['analyst', 'estimate', 'day', '2024'],
    ['general-staff', 'claim', 'year', '2024'],
    { comparable: true, converted: true },
  ],
  [
    'a daily rate over a longer span that covers the total’s year',
    ['analyst', 'estimate', 'day', 'dec-23-to-jun-25'],
    ['general-staff', 'claim', 'year', '2024'],
    { comparable: true, converted: true },
  ],
  [
    'a monthly rate in early December against a year-to-date total',
    ['nato', 'estimate', 'month', 'early-dec'],
    ['medvedev', 'claim', 'year', 'to-24-dec'],
    { comparable: false, reason: 'different-periods' },
  ],
  [
    'two totals for overlapping periods',
    ['isw', 'estimate', 'year', '2024'],
    ['kremlin', 'claim', 'year', 'to-24-dec'],
    { comparable: true, converted: false },
  ],
  [
    'two totals for years that do not overlap',
    ['isw', 'estimate', 'year', '2024'],
    ['kremlin', 'claim', 'year', 'jan-25'],
    { comparable: false, reason: 'different-periods' },
  ],
  [
    'one claimant’s two figures',
    ['isw', 'estimate', null, '2024'],
    ['isw', 'estimate', null, '2024'],
    { comparable: false, reason: 'same-claimant' },
  ],
  [
    'a target against a measurement',
    ['government', 'target', null, '2024'],
    ['isw', 'actual', null, '2024'],
    { comparable: false, reason: 'not-a-measurement' },
  ],
  [
    'a proposal against a proposal',
    ['us', 'proposal', null, '2024'],
    ['ukraine', 'proposal', null, '2024'],
    { comparable: false, reason: 'not-a-measurement' },
  ],
  [
    'an undated figure',
    ['economist', 'estimate', null, 'undated'],
    ['pollster', 'estimate', null, '2024'],
    { comparable: false, reason: 'undated' },
  ],
  [
    'a rate against a figure stated without one',
    ['a', 'claim', 'day', '2024'],
    ['b', 'claim', null, '2024'],
    { comparable: false, reason: 'rate-and-no-rate' },
  ],
  [
    'two stocks as of overlapping weeks',
    ['meloni', 'estimate', null, 'jan-25'],
    ['isw', 'estimate', null, 'jan-25'],
    { comparable: true, converted: false },
  ],
];

describe('the comparable-pair rule', () => {
  it.each(pairs)('%s', (_name, a, b, expected) => {
    const [first, second] = [fig(a), fig(b)];
    expect(comparability(first, second)).toEqual(expected);
    expect(comparability(second, first)).toEqual(expected);
  });

  it('says why a figure of a non-measuring kind is no side of a disagreement', () => {
    expect(notAMeasurement('target')).toBe('a target, not a measurement');
    expect(notAMeasurement('capacity')).toBe('a capacity, not a measurement');
    expect(notAMeasurement('estimate')).toBeNull();
  });
});
