import { describe, expect, it } from 'vitest';
import { evaluateFormula, evaluateInterval, formulaNames } from '@/lib/figures/evaluate-formula';

describe('cross-check formulas', () => {
  it('does arithmetic over named figures with the usual precedence', () => {
    expect(evaluateFormula('total / 366', { total: 430790 })).toBeCloseTo(1177.02, 2);
    expect(evaluateFormula('monthly * 12', { monthly: 30000 })).toBe(360000);
    expect(evaluateFormula('(a + b) * 2 - 1', { a: 1, b: 2 })).toBe(5);
    expect(evaluateFormula('-a + 3', { a: 1 })).toBe(2);
  });

  it.each([
    ['total / days', 'unknown input "days"'],
    ['total +', 'formula ends too early'],
    ['(total', 'missing closing parenthesis'],
    ['total; process.exit()', 'unexpected ";"'],
    ['total / 0', 'not a finite number'],
  ])('rejects %j: %s', (formula, message) => {
    expect(() => evaluateFormula(formula, { total: 1 })).toThrow(message);
  });
});

describe('cross-check formulas over bounds', () => {
  it('carries each figure’s bounds through the arithmetic', () => {
    expect(
      evaluateInterval('a + b', { a: { low: 595_000, high: Infinity }, b: { low: 1, high: 1 } }),
    ).toMatchObject({
      low: 595_001,
      high: Infinity,
    });
    expect(
      evaluateInterval('whole - part', {
        whole: { low: 1100, high: Infinity },
        part: { low: -Infinity, high: 500 },
      }),
    ).toMatchObject({
      low: 600,
      high: Infinity,
    });
    // "More than 1,100" less "less than 500" is more than 600: an open end stays open through the arithmetic.
    expect(
      evaluateInterval('whole - part', {
        whole: { low: 1100, high: Infinity, lowOpen: true },
        part: { low: -Infinity, high: 500, highOpen: true },
      }),
    ).toMatchObject({ low: 600, lowOpen: true });
    expect(evaluateInterval('a * 2', { a: { low: 1500, high: Infinity, lowOpen: true } })).toMatchObject({
      low: 3000,
      lowOpen: true,
    });
    expect(evaluateInterval('a * 2', { a: { low: 1500, high: Infinity } })).toMatchObject({
      low: 3000,
      lowOpen: false,
    });
    expect(evaluateInterval('total / 366', { total: { low: 430_790, high: 430_790 } }).low).toBeCloseTo(
      1177.02,
      2,
    );
    expect(evaluateInterval('a * 0', { a: { low: 1, high: Infinity } })).toMatchObject({ low: 0, high: 0 });
    expect(evaluateInterval('1 / a', { a: { low: -1, high: 1 } })).toEqual({
      low: -Infinity,
      high: Infinity,
    });
  });

  it('names what a formula uses', () => {
    expect(formulaNames('(gains_2023 + gains_2024) / total * 100 + total')).toEqual([
      'gains_2023',
      'gains_2024',
      'total',
    ]);
  });
});
