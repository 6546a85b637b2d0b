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

/**
 * The values a figure's bounds allow: `low` may be -Infinity ("up to"), `high` Infinity ("more than"). An open end
 * is not itself allowed: "more than 1,500" is 1,500 up, 1,500 excluded, so what it gives is "more than" too.
 */
export interface Interval {
  low: number;
  high: number;
  lowOpen?: boolean;
  highOpen?: boolean;
}

type End = { value: number; open: boolean };

// 0 × ∞ is 0 here: a bound that is open on one side times an exact zero is still zero, and exactly zero.
const times = (a: End, b: End): End =>
  a.value === 0 || b.value === 0
    ? { value: 0, open: (a.value === 0 && a.open) || (b.value === 0 && b.open) }
    : { value: a.value * b.value, open: a.open || b.open };

function hull(ends: End[]): Interval {
  const low = ends.reduce((least, end) =>
    end.value < least.value || (end.value === least.value && !end.open) ? end : least,
  );
  const high = ends.reduce((most, end) =>
    end.value > most.value || (end.value === most.value && !end.open) ? end : most,
  );
  return { low: low.value, high: high.value, lowOpen: low.open, highOpen: high.open };
}

const lowEnd = (a: Interval): End => ({ value: a.low, open: a.lowOpen ?? false });
const highEnd = (a: Interval): End => ({ value: a.high, open: a.highOpen ?? false });

const intervals: Arithmetic<Interval> = {
  constant: (value) => ({ low: value, high: value }),
  add: (a, b) => ({
    low: a.low + b.low,
    high: a.high + b.high,
    lowOpen: Boolean(a.lowOpen || b.lowOpen),
    highOpen: Boolean(a.highOpen || b.highOpen),
  }),
  subtract: (a, b) => ({
    low: a.low - b.high,
    high: a.high - b.low,
    lowOpen: Boolean(a.lowOpen || b.highOpen),
    highOpen: Boolean(a.highOpen || b.lowOpen),
  }),
  multiply: (a, b) =>
    hull([
      times(lowEnd(a), lowEnd(b)),
      times(lowEnd(a), highEnd(b)),
      times(highEnd(a), lowEnd(b)),
      times(highEnd(a), highEnd(b)),
    ]),
  divide: (a, b) => {
    // Dividing by an interval that reaches zero leaves the result unbounded.
    if (b.low <= 0 && b.high >= 0) return { low: -Infinity, high: Infinity };
    return intervals.multiply(a, {
      low: 1 / b.high,
      high: 1 / b.low,
      lowOpen: b.highOpen,
      highOpen: b.lowOpen,
    });
  },
  negate: (a) => ({ low: -a.high, high: -a.low, lowOpen: a.highOpen, highOpen: a.lowOpen }),
};

/** A formula over intervals: every value the inputs' bounds allow lies within the result. */
export function evaluateInterval(formula: string, inputs: Readonly<Record<string, Interval>>): Interval {
  return evaluateWith(formula, inputs, intervals);
}
