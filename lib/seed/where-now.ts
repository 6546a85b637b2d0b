import { findCodePointOffsets } from '@/lib/text/code-points';

/**
 * Where a quoted piece of text is in the archived text now, to repair offsets an edit moved: "; it is now at
 * 4321–4330" (the occurrence nearest the old start when there are several), or that it occurs nowhere.
 */
export function whereNow(text: string, piece: string, oldStart?: number): string {
  const offsets = findCodePointOffsets(text, piece);
  if (offsets.length === 0) return '; it occurs nowhere in the text now';
  const nearest = offsets.reduce((best, offset) =>
    Math.abs(offset - (oldStart ?? 0)) < Math.abs(best - (oldStart ?? 0)) ? offset : best,
  );
  const length = Array.from(piece).length;
  const others = offsets.length > 1 ? ` (the nearest of ${offsets.length} places)` : '';
  return `; it is now at ${nearest}–${nearest + length}${others}`;
}
