import { describe, expect, it } from 'vitest';
import { describeStatedBound } from '@/lib/figures/describe-stated-bound';

const figure = { value: 1500, valueLow: null, valueHigh: null, unit: 'people', per: 'day' as const };

describe('how a figure was stated, in words', () => {
  it('quotes the hedge and says which way the number may lie, never "bound" or "none"', () => {
    const moreThan = describeStatedBound({ ...figure, bound: 'more_than', valueLow: 1500 });
    expect(moreThan).toBe('Stated as “more than” 1,500 people a day: the number may be higher');
    expect(describeStatedBound({ ...figure, bound: 'up_to', valueHigh: 1500 })).toBe(
      'Stated as “up to” 1,500 people a day: the number may be lower',
    );
    expect(moreThan).not.toMatch(/bound|none/);
  });

  it('tells an exact number, an approximation and a range apart', () => {
    expect(describeStatedBound({ ...figure, bound: 'exact', per: null })).toBe(
      'Stated as an exact number: 1,500 people',
    );
    expect(describeStatedBound({ ...figure, bound: 'approximately' })).toBe(
      'Stated as “about” 1,500 people a day: a rounded or approximate number',
    );
    expect(
      describeStatedBound({ ...figure, bound: 'range', value: null, valueLow: 1000, valueHigh: 2000 }),
    ).toBe('Stated as a range, from 1,000 people to 2,000 people a day');
  });
});
