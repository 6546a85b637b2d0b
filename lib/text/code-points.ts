// Offsets into archived texts count Unicode code points (W3C TextPositionSelector), not UTF-16 units.

export function toCodePoints(text: string): string[] {
  return Array.from(text);
}

export function sliceCodePoints(codePoints: readonly string[], start: number, end: number): string {
  return codePoints.slice(start, end).join('');
}

export function codePointLength(text: string): number {
  return toCodePoints(text).length;
}

/** Every code-point offset at which `needle` starts in `haystack`. */
export function findCodePointOffsets(haystack: string, needle: string): number[] {
  if (needle === '') return [];
  const offsets: number[] = [];
  let from = 0;
  for (;;) {
    const unitIndex = haystack.indexOf(needle, from);
    if (unitIndex === -1) return offsets;
    offsets.push(codePointLength(haystack.slice(0, unitIndex)));
    from = unitIndex + 1;
  }
}
