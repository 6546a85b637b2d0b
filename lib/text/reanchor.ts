import { findCodePointOffsets, sliceCodePoints, toCodePoints } from './code-points';

export interface Range {
  start: number;
  end: number;
}

interface Token {
  start: number;
  end: number;
}

// Context compared on each side of a piece the diff cannot place, to choose among its occurrences in the new text.
const contextLength = 24;
const uniqueLength = 20;

function tokenize(text: string): { tokens: Token[]; words: string[] } {
  const tokens: Token[] = [];
  const words: string[] = [];
  let offset = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gsu)) {
    const length = Array.from(match[0]).length;
    tokens.push({ start: offset, end: offset + length });
    words.push(match[0]);
    offset += length;
  }
  return { tokens, words };
}

/** Myers' O((N+M)D) diff: for each token of `a`, the index of the token of `b` it is kept as, or -1. */
function matchTokens(a: readonly number[], b: readonly number[]): Int32Array {
  const n = a.length;
  const m = b.length;
  const matched = new Int32Array(n).fill(-1);
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let depth = -1;
  outer: for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        depth = d;
        break outer;
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  let x = n;
  let y = m;
  for (let d = depth; d > 0; d--) {
    const previous = trace[d - 1] as Int32Array;
    const at = (k: number) => previous[k + d - 1] as number;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      matched[x] = y;
    }
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    matched[x] = y;
  }
  return matched;
}

/**
 * Compares two versions of a text once, and returns a function that maps a code-point range of the old version to
 * where the same characters are in the new one: through the word diff when the range's words were all kept in
 * order, else at its one occurrence in the new text (a moved paragraph), telling several apart by the text around
 * them (a short piece needs its context on one side). Null when the range's text was changed or removed, or cannot be placed without guessing.
 */
export function reanchorer(oldText: string, newText: string): (range: Range) => Range | null {
  const oldPoints = toCodePoints(oldText);
  const newPoints = toCodePoints(newText);
  const before = tokenize(oldText);
  const after = tokenize(newText);
  const ids = new Map<string, number>();
  const id = (word: string) => {
    let known = ids.get(word);
    if (known === undefined) {
      known = ids.size;
      ids.set(word, known);
    }
    return known;
  };
  const a = before.words.map(id);
  const b = after.words.map(id);
  // The common head and tail are matched without the diff, which then only sees what changed.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const middle = matchTokens(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const matched = new Int32Array(a.length);
  for (let index = 0; index < a.length; index++) {
    if (index < head) matched[index] = index;
    else if (index >= a.length - tail) matched[index] = index - a.length + b.length;
    else {
      const inMiddle = middle[index - head] as number;
      matched[index] = inMiddle === -1 ? -1 : inMiddle + head;
    }
  }
  const tokenAt = (position: number) => {
    let low = 0;
    let high = before.tokens.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((before.tokens[mid] as Token).start <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  const throughDiff = ({ start, end }: Range): Range | null => {
    const first = tokenAt(start);
    const last = tokenAt(end - 1);
    const target = matched[first] as number;
    if (target === -1) return null;
    for (let index = first; index <= last; index++)
      if (matched[index] !== target + index - first) return null;
    const newStart = (after.tokens[target] as Token).start + start - (before.tokens[first] as Token).start;
    return { start: newStart, end: newStart + end - start };
  };

  const byOccurrence = ({ start, end }: Range, piece: string): Range | null => {
    const length = end - start;
    const candidates = findCodePointOffsets(newText, piece);
    // A sentence found once is the same sentence; a short piece ("2022") found once may be another mention of it.
    if (candidates.length === 1 && length >= uniqueLength)
      return { start: candidates[0] as number, end: (candidates[0] as number) + length };
    const prefix = sliceCodePoints(oldPoints, Math.max(0, start - contextLength), start);
    const suffix = sliceCodePoints(oldPoints, end, end + contextLength);
    const inContext = candidates.filter(
      (at) =>
        sliceCodePoints(newPoints, Math.max(0, at - contextLength), at).endsWith(prefix) ||
        sliceCodePoints(newPoints, at + length, at + length + contextLength).startsWith(suffix),
    );
    const both = inContext.filter(
      (at) =>
        sliceCodePoints(newPoints, Math.max(0, at - contextLength), at).endsWith(prefix) &&
        sliceCodePoints(newPoints, at + length, at + length + contextLength).startsWith(suffix),
    );
    const chosen = both.length === 1 ? both : inContext;
    return chosen.length === 1 ? { start: chosen[0] as number, end: (chosen[0] as number) + length } : null;
  };

  return (range) => {
    if (range.start < 0 || range.end <= range.start || range.end > oldPoints.length) return null;
    const piece = sliceCodePoints(oldPoints, range.start, range.end);
    const mapped = throughDiff(range);
    if (mapped && sliceCodePoints(newPoints, mapped.start, mapped.end) === piece) return mapped;
    return byOccurrence(range, piece);
  };
}
