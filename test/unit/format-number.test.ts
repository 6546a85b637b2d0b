import { describe, expect, it } from 'vitest';
import { formatFigureValue, formatPlainNumber, formatQuantity, formatUnit } from '@/lib/format/format-number';

const figure = {
  value: null,
  valueLow: null,
  valueHigh: null,
  bound: 'exact',
  unit: 'people',
  per: null,
} as const;

describe('the shared number formatter', () => {
  it('writes plain numbers for CSV: no grouping, no exponent, negatives intact, exact when read back', () => {
    expect(formatPlainNumber(20_000_000_000)).toBe('20000000000');
    expect(formatPlainNumber(430790)).toBe('430790');
    expect(formatPlainNumber(0.6)).toBe('0.6');
    expect(formatPlainNumber(-1500)).toBe('-1500');
    expect(formatPlainNumber(100 / 3)).toBe('33.333333333333336');
    expect(Number(formatPlainNumber(100 / 3))).toBe(100 / 3);
    expect(formatPlainNumber(2e21)).toBe('2000000000000000000000');
    expect(formatPlainNumber(1.5e-7)).toBe('0.00000015');
    expect(formatPlainNumber(null)).toBe('');
  });

  it('writes quantities as a reader expects them', () => {
    expect(formatQuantity(20_000_000_000, 'USD')).toBe('US$20 billion');
    expect(formatQuantity(755_000_000, 'USD')).toBe('US$755 million');
    expect(formatQuantity(245_000_000_000, 'GBP')).toBe('£245 billion');
    expect(formatQuantity(18, 'percent')).toBe('18%');
    expect(formatQuantity(3, 'rank')).toBe('rank 3');
    expect([formatUnit('km2'), formatUnit('percent'), formatUnit('people')]).toEqual(['km²', '%', 'people']);
    expect(formatQuantity(4168, 'km2')).toBe('4,168 km²');
    expect(formatQuantity(430790, 'people')).toBe('430,790 people');
    expect([
      formatQuantity(1, 'points'),
      formatQuantity(1, 'companies'),
      formatQuantity(1, 'people'),
    ]).toEqual(['1 point', '1 company', '1 person']);
  });

  it('keeps the hedge and the rate', () => {
    expect(
      formatFigureValue({ ...figure, value: 1500, valueLow: 1500, bound: 'more_than', per: 'day' }),
    ).toBe('more than 1,500 people a day');
    expect(
      formatFigureValue({
        ...figure,
        value: 200,
        valueHigh: 200,
        bound: 'up_to',
        unit: 'missiles',
        per: 'month',
      }),
    ).toBe('up to 200 missiles a month');
    expect(formatFigureValue({ ...figure, valueLow: 5, valueHigh: 7, bound: 'range', unit: 'ratio' })).toBe(
      '5:1 – 7:1',
    );
  });
});
