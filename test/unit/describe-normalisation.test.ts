import { describe, expect, it } from 'vitest';
import { describeNormalisation } from '@/lib/figures/describe-normalisation';

describe('showing a rate conversion', () => {
  it('spells out the per-year conversion of daily and monthly rates, with the days of the rate’s year', () => {
    expect(
      describeNormalisation({
        bound: 'exact',
        value: 1500,
        unit: 'people',
        per: 'day',
        normalisedValue: 547500,
        periodEnd: '2025-01-20',
      }),
    ).toBe('1,500 people a day × 365 = 547,500 people a year');
    expect(
      describeNormalisation({
        bound: 'more_than',
        value: 1500,
        unit: 'people',
        per: 'day',
        normalisedValue: 547500,
        periodEnd: '2025-01-20',
      }),
    ).toBe('more than 1,500 people a day × 365 = more than 547,500 people a year');
    expect(
      describeNormalisation({
        bound: 'exact',
        value: 1177,
        unit: 'people',
        per: 'day',
        normalisedValue: 430782,
        periodEnd: '2024-12-31',
      }),
    ).toBe('1,177 people a day × 366 = 430,782 people a year');
    expect(
      describeNormalisation({
        bound: 'exact',
        value: 30000,
        unit: 'people',
        per: 'month',
        normalisedValue: 360000,
        periodEnd: '2024-12-10',
      }),
    ).toBe('30,000 people a month × 12 = 360,000 people a year');
  });

  it('says nothing when there is nothing to convert', () => {
    expect(
      describeNormalisation({
        bound: 'exact',
        value: 360000,
        unit: 'people',
        per: 'year',
        normalisedValue: 360000,
        periodEnd: '2024-12-31',
      }),
    ).toBeNull();
    expect(
      describeNormalisation({
        bound: 'exact',
        value: 18,
        unit: 'percent',
        per: null,
        normalisedValue: null,
        periodEnd: null,
      }),
    ).toBeNull();
  });
});
