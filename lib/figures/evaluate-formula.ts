/**
 * Evaluates an arithmetic formula over named inputs: numbers, names, + - * / and parentheses.
 * Throws an Error naming the problem for anything else; never evaluates code.
 */
export function evaluateFormula(formula: string, inputs: Readonly<Record<string, number>>): number {
  const tokens = formula.match(/\d+(?:\.\d+)?|[a-z_][a-z0-9_]*|[-+*/()]|\S/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const take = () => tokens[position++];

  const primary = (): number => {
    const token = take();
    if (token === undefined) throw new Error('formula ends too early');
    if (token === '(') {
      const value = sum();
      if (take() !== ')') throw new Error('missing closing parenthesis');
      return value;
    }
    if (token === '-') return -primary();
    if (/^\d/.test(token)) return Number(token);
    if (/^[a-z_]/.test(token)) {
      const value = inputs[token];
      if (value === undefined) throw new Error(`unknown input "${token}"`);
      return value;
    }
    throw new Error(`unexpected "${token}"`);
  };
  const product = (): number => {
    let value = primary();
    while (peek() === '*' || peek() === '/') value = take() === '*' ? value * primary() : value / primary();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === '+' || peek() === '-') value = take() === '+' ? value + product() : value - product();
    return value;
  };

  const result = sum();
  if (position < tokens.length) throw new Error(`unexpected "${tokens[position]}"`);
  if (!Number.isFinite(result)) throw new Error('result is not a finite number');
  return result;
}
