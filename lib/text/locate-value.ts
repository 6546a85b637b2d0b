import { findCodePointOffsets, toCodePoints } from './code-points';

const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Where a figure's stated value stands in its quote, in code points: the first occurrence that is a whole word
 * ("one" in "one of", not in "someone"), else the first occurrence at all.
 */
export function locateValueInQuote(quote: string, valueText: string): number | undefined {
  const offsets = findCodePointOffsets(quote, valueText);
  const codePoints = toCodePoints(quote);
  const length = toCodePoints(valueText).length;
  const whole = offsets.find(
    (offset) =>
      !wordCharacter.test(codePoints[offset - 1] ?? '') &&
      !wordCharacter.test(codePoints[offset + length] ?? ''),
  );
  return whole ?? offsets[0];
}

/** The stated value's place in the archived text, from its quote's place there: start and end code points. */
export function locateValueSpan(
  quote: string,
  quoteStart: number,
  valueText: string,
): { start: number; end: number } | undefined {
  const offset = locateValueInQuote(quote, valueText);
  if (offset === undefined) return undefined;
  const start = quoteStart + offset;
  return { start, end: start + toCodePoints(valueText).length };
}
