/** The sentence around a span of code points: from after the previous sentence end to its own, within a paragraph. */
export function sentenceAround(
  codePoints: readonly string[],
  start: number,
  end: number,
): { start: number; end: number } {
  let from = start;
  while (from > 0) {
    const previous = codePoints[from - 1] ?? '';
    if (previous === '\n') break;
    if (/\s/.test(previous) && endsSentence(codePoints, from - 1)) break;
    from--;
  }
  while (from < start && /\s/.test(codePoints[from] ?? '')) from++;
  let to = end;
  while (to < codePoints.length) {
    const character = codePoints[to] ?? '';
    if (character === '\n') break;
    if (/[.!?]/.test(character)) {
      to++;
      // A closing quote or bracket belongs to the sentence it closes.
      while (/[”’"')\]]/.test(codePoints[to] ?? '')) to++;
      if (to >= codePoints.length || /\s/.test(codePoints[to] ?? '')) break;
      continue;
    }
    to++;
  }
  return { start: from, end: to };
}

// A sentence ends at . ! ? (then any closing quotes) before white space, unless it is an abbreviation like "Mr." or "U.S.".
function endsSentence(codePoints: readonly string[], spaceAt: number): boolean {
  let at = spaceAt - 1;
  while (at >= 0 && /[”’"')\]]/.test(codePoints[at] ?? '')) at--;
  if (!/[.!?]/.test(codePoints[at] ?? '')) return false;
  if (codePoints[at] !== '.') return true;
  let word = '';
  for (let index = at - 1; index >= 0 && /[\p{L}.]/u.test(codePoints[index] ?? ''); index--)
    word = `${codePoints[index]}${word}`;
  return !/^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Prof|[A-Z]|(?:[A-Z]\.)+[A-Z])$/.test(word);
}

/** The paragraph's text before `start`: reported speech earlier in it can attribute a later number. */
export function paragraphBefore(codePoints: readonly string[], start: number): string {
  let from = start;
  while (from > 0 && codePoints[from - 1] !== '\n') from--;
  return codePoints.slice(from, start).join('');
}

/** The article's text before the paragraph holding `start`: speakers there can be "he" or "she" later. */
export function paragraphsBefore(codePoints: readonly string[], start: number): string {
  let from = start;
  while (from > 0 && codePoints[from - 1] !== '\n') from--;
  return codePoints.slice(0, from).join('');
}
