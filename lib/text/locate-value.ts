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
