/** The arithmetic a formula is evaluated in: plain numbers, or intervals that carry a figure's bounds. */
export interface Arithmetic<T> {
  constant(value: number): T;
  add(a: T, b: T): T;
  subtract(a: T, b: T): T;
  multiply(a: T, b: T): T;
  divide(a: T, b: T): T;
  negate(a: T): T;
}

/**
 * Evaluates an arithmetic formula over named inputs in `arithmetic`: numbers, names, + - * / and parentheses.
 * Throws an Error naming the problem for anything else; never evaluates code.
 */
export function evaluateWith<T>(
  formula: string,
  inputs: Readonly<Record<string, T>>,
  arithmetic: Arithmetic<T>,
): T {
  const tokens = formula.match(/\d+(?:\.\d+)?|[a-z_][a-z0-9_]*|[-+*/()]|\S/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const take = () => tokens[position++];

  const primary = (): T => {
    const token = take();
    if (token === undefined) throw new Error('formula ends too early');
    if (token === '(') {
      const value = sum();
      if (take() !== ')') throw new Error('missing closing parenthesis');
      return value;
    }
    if (token === '-') return arithmetic.negate(primary());
    if (/^\d/.test(token)) return arithmetic.constant(Number(token));
    if (/^[a-z_]/.test(token)) {
      const value = inputs[token];
      if (value === undefined) throw new Error(`unknown input "${token}"`);
      return value;
    }
    throw new Error(`unexpected "${token}"`);
  };
  const product = (): T => {
    let value = primary();
    while (peek() === '*' || peek() === '/') {
      value = take() === '*' ? arithmetic.multiply(value, primary()) : arithmetic.divide(value, primary());
    }
    return value;
  };
  const sum = (): T => {
    let value = product();
    while (peek() === '+' || peek() === '-') {
      value = take() === '+' ? arithmetic.add(value, product()) : arithmetic.subtract(value, product());
    }
    return value;
  };

  const result = sum();
  if (position < tokens.length) throw new Error(`unexpected "${tokens[position]}"`);
  return result;
}

const numbers: Arithmetic<number> = {
  constant: (value) => value,
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  negate: (a) => -a,
};

/** A formula over plain numbers; throws when the result is not a finite number (a division by zero). */
export function evaluateFormula(formula: string, inputs: Readonly<Record<string, number>>): number {
  const result = evaluateWith(formula, inputs, numbers);
  if (!Number.isFinite(result)) throw new Error('result is not a finite number');
  return result;
}

/** The names a formula uses, in order of first use. */
export function formulaNames(formula: string): string[] {
  return [...new Set(formula.match(/[a-z_][a-z0-9_]*/g) ?? [])];
}

/** The values a figure's bounds allow: `low` may be -Infinity ("up to"), `high` Infinity ("more than"). */
export interface Interval {
  low: number;
  high: number;
}

// 0 × ∞ is 0 here: a bound that is open on one side times an exact zero is still zero.
const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : a * b);

function hull(values: number[]): Interval {
  return { low: Math.min(...values), high: Math.max(...values) };
}

const intervals: Arithmetic<Interval> = {
  constant: (value) => ({ low: value, high: value }),
  add: (a, b) => ({ low: a.low + b.low, high: a.high + b.high }),
  subtract: (a, b) => ({ low: a.low - b.high, high: a.high - b.low }),
  multiply: (a, b) =>
    hull([times(a.low, b.low), times(a.low, b.high), times(a.high, b.low), times(a.high, b.high)]),
  divide: (a, b) => {
    // Dividing by an interval that reaches zero leaves the result unbounded.
    if (b.low <= 0 && b.high >= 0) return { low: -Infinity, high: Infinity };
    return intervals.multiply(a, { low: 1 / b.high, high: 1 / b.low });
  },
  negate: (a) => ({ low: -a.high, high: -a.low }),
};

/** A formula over intervals: every value the inputs' bounds allow lies within the result. */
export function evaluateInterval(formula: string, inputs: Readonly<Record<string, Interval>>): Interval {
  return evaluateWith(formula, inputs, intervals);
}
