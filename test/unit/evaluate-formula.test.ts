import { describe, expect, it } from 'vitest';
import { evaluateFormula } from '@/lib/figures/evaluate-formula';

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
