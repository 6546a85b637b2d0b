import { describe, expect, it } from 'vitest';
import {
  describeInterval,
  describeTolerance,
  figureInterval,
  judgeCrossCheck,
  outcomeLabel,
  type CrossCheckTerms,
} from '@/lib/figures/judge-cross-check';

const exactly = (value: number) => ({ low: value, high: value });
const from = (low: number) => ({ low, high: Infinity });
const below = (high: number) => ({ low: -Infinity, high });

function terms(overrides: Partial<CrossCheckTerms>): CrossCheckTerms {
  return {
    relation: 'equal',
    result: exactly(100),
    expected: exactly(100),
    tolerance: 0.05,
    unit: 'people',
    resultLabel: 'the computed figure',
    compareLabel: 'the stated figure',
    ...overrides,
  };
}

describe('the values a figure’s words allow', () => {
  it('reads bounds as intervals', () => {
    expect(figureInterval({ value: 1500, valueLow: 1500, valueHigh: null, bound: 'more_than' })).toEqual({
      ...from(1500),
      lowOpen: true,
    });
    expect(figureInterval({ value: 1500, valueLow: 1500, valueHigh: null, bound: 'at_least' })).toEqual({
      ...from(1500),
      lowOpen: false,
    });
    expect(figureInterval({ value: 500, valueLow: null, valueHigh: 500, bound: 'less_than' })).toEqual({
      ...below(500),
      highOpen: true,
    });
    expect(figureInterval({ value: null, valueLow: 5, valueHigh: 7, bound: 'range' })).toEqual({
      low: 5,
      high: 7,
    });
    expect(figureInterval({ value: 18, valueLow: null, valueHigh: null, bound: 'approximately' })).toEqual(
      exactly(18),
    );
    expect(describeInterval(from(1500), 'people')).toBe('at least 1,500 people');
    expect(describeInterval(below(500), 'km2')).toBe('at most 500 km²');
    expect(describeInterval({ ...from(1500), lowOpen: true }, 'people')).toBe('more than 1,500 people');
    expect(describeInterval({ ...below(500), highOpen: true }, 'km2')).toBe('less than 500 km²');
    expect(describeInterval(exactly(1177.02), 'people')).toBe('1,177 people');
  });
});

describe('cross-check verdicts', () => {
  it('judges "more than 1,500 a day" against a lower bound, and says which way the figures differ', () => {
    const judged = judgeCrossCheck(
      terms({
        result: exactly(430_790 / 366),
        expected: from(1500),
        resultLabel: 'the 2024 daily average',
        compareLabel: 'the stated daily rate',
      }),
    );
    expect(judged).toEqual({
      outcome: 'fails',
      verdict:
        'The stated daily rate (at least 1,500 people) is at least 27% above the 2024 daily average (1,177 people): no match within 5%.',
    });
  });

  it('passes a match within the tolerance, and gives a gap between shares in percentage points', () => {
    expect(judgeCrossCheck(terms({ result: exactly(4088), expected: exactly(4168), unit: 'km2' }))).toEqual({
      outcome: 'holds',
      verdict:
        'The stated figure (4,168 km²) is 2% above the computed figure (4,088 km²): a match within 5%.',
    });
    expect(
      judgeCrossCheck(
        terms({ result: exactly(0.788), expected: exactly(0.6), unit: 'percent', tolerance: 0.1 }),
      ).verdict,
    ).toBe(
      'The stated figure (0.6%) is 0.19 percentage points below the computed figure (0.79%): no match within 10%.',
    );
    expect(judgeCrossCheck(terms({ tolerance: 0 })).verdict).toBe(
      'The stated figure (100 people) equals the computed figure (100 people).',
    );
  });

  it('calls a match possible when only the bounds allow it', () => {
    expect(judgeCrossCheck(terms({ result: { low: 90, high: 200 }, expected: from(150) }))).toEqual({
      outcome: 'possible',
      verdict:
        'The stated figure (at least 150 people) and the computed figure (90 people to 200 people) can match within 5%: the bounds allow it.',
    });
  });

  it('passes a part that is at most its whole, and fails one that exceeds it', () => {
    const part = {
      relation: 'at_most' as const,
      resultLabel: 'the part',
      compareLabel: 'the whole',
      tolerance: 0,
    };
    expect(judgeCrossCheck(terms({ ...part, result: exactly(1500), expected: exactly(3500) }))).toEqual({
      outcome: 'holds',
      verdict: 'The part (1,500 people) is 2,000 people less than the whole (3,500 people).',
    });
    expect(judgeCrossCheck(terms({ ...part, result: exactly(3500), expected: exactly(3500) })).outcome).toBe(
      'holds',
    );
    expect(judgeCrossCheck(terms({ ...part, result: exactly(4000), expected: exactly(3500) }))).toEqual({
      outcome: 'fails',
      verdict: 'The part (4,000 people) exceeds the whole (3,500 people) by 500 people.',
    });
  });

  it('judges a loss against an earlier holding by the bounds of both', () => {
    const judged = judgeCrossCheck(
      terms({
        relation: 'at_most',
        result: below(500),
        expected: from(1100),
        unit: 'km2',
        tolerance: 0,
        resultLabel: 'the area held now',
        compareLabel: 'the area taken then',
      }),
    );
    expect(judged).toEqual({
      outcome: 'holds',
      verdict:
        'The area held now (at most 500 km²) is at least 600 km² less than the area taken then (at least 1,100 km²).',
    });
  });

  it('leaves a part and a whole that are both lower bounds undecided', () => {
    const judged = judgeCrossCheck(
      terms({ relation: 'at_most', result: from(595_000), expected: from(1_000_000), tolerance: 0 }),
    );
    expect(judged.outcome).toBe('possible');
    expect(judged.verdict).toContain('the bounds allow it but do not show it');
  });

  it('lets a part pass its whole by the tolerance, a share of the whole', () => {
    const judged = judgeCrossCheck(
      terms({ relation: 'at_most', result: exactly(1040), expected: exactly(1000), tolerance: 0.05 }),
    );
    expect(judged).toEqual({
      outcome: 'holds',
      verdict:
        'The computed figure (1,040 people) is at most the stated figure (1,000 people) within the 5% tolerance.',
    });
  });

  it('judges at_least the other way round', () => {
    const whole = {
      relation: 'at_least' as const,
      resultLabel: 'the whole',
      compareLabel: 'the part',
      tolerance: 0,
    };
    expect(judgeCrossCheck(terms({ ...whole, result: exactly(10), expected: exactly(4) })).verdict).toBe(
      'The whole (10 people) is 6 people more than the part (4 people).',
    );
    expect(judgeCrossCheck(terms({ ...whole, result: exactly(3), expected: exactly(4) })).verdict).toBe(
      'The part (4 people) exceeds the whole (3 people) by 1 person.',
    );
  });

  it('states every tolerance, and labels each outcome', () => {
    expect(describeTolerance(terms({}))).toBe(
      'A difference of up to 5% of the computed figure counts as a match.',
    );
    expect(describeTolerance(terms({ tolerance: 0 }))).toBe('Only an exact match counts.');
    expect(describeTolerance(terms({ relation: 'at_most', tolerance: 0 }))).toBe(
      'The computed figure cannot be more than the stated figure.',
    );
    expect(describeTolerance(terms({ relation: 'at_least', tolerance: 0.1 }))).toBe(
      'The stated figure may exceed the computed figure by up to 10% of it, for rounding, and still pass.',
    );
    expect(outcomeLabel('equal', 'fails')).toBe('Arithmetic does not match');
    expect(outcomeLabel('at_most', 'possible')).toBe('Bounds allow it');
  });
});
