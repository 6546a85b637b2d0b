import { describe, expect, it } from 'vitest';
import {
  daysInPeriod,
  daysInRateYear,
  daysInYear,
  periodLengthInputs,
  yearsInPeriod,
} from '@/lib/figures/day-count';
import { normaliseToYear, perYearFactor } from '@/lib/figures/normalise-rate';

describe('the one day-count rule', () => {
  it('counts the days actually in a year and a period, both ends included', () => {
    expect([daysInYear(2024), daysInYear(2025), daysInYear(1900), daysInYear(2000)]).toEqual([
      366, 365, 365, 366,
    ]);
    expect(daysInPeriod('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInPeriod('2024-01-01', '2024-12-24')).toBe(359);
    expect(daysInPeriod('2025-03-18', '2025-03-18')).toBe(1);
  });

  it('measures a period in years, each calendar year by its own length', () => {
    expect(yearsInPeriod('2024-01-01', '2024-12-31')).toBe(1);
    expect(yearsInPeriod('2023-01-01', '2024-12-31')).toBe(2);
    expect(yearsInPeriod('2024-11-09', '2025-01-20')).toBeCloseTo(53 / 366 + 20 / 365, 12);
  });

  it('converts a daily rate with the days of the year its period ends in, 365 when undated', () => {
    expect(daysInRateYear('2024-06-30')).toBe(366);
    expect(daysInRateYear('2025-01-20')).toBe(365);
    expect(daysInRateYear(null)).toBe(365);
    expect(perYearFactor('day', '2024-12-31')).toBe(366);
    expect(perYearFactor('week', '2025-01-20')).toBe(365 / 7);
    expect(perYearFactor('month', '2024-12-31')).toBe(12);
    expect(normaliseToYear(1500, 'day', '2025-01-20')).toEqual({ value: 547_500, per: 'year', factor: 365 });
    expect(normaliseToYear(1500, null, '2025-01-20')).toBeNull();
  });

  it('gives a cross-check the length of each dated input’s period, and nothing for an undated one', () => {
    expect(periodLengthInputs('total', '2024-01-01', '2024-12-31')).toEqual({
      total_days: 366,
      total_years: 1,
    });
    expect(periodLengthInputs('total', null, null)).toEqual({});
  });
});
