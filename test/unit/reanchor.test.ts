import { describe, expect, it } from 'vitest';
import { sliceCodePoints, toCodePoints } from '@/lib/text/code-points';
import { reanchorer } from '@/lib/text/reanchor';

function rangeOf(text: string, piece: string) {
  const start = Array.from(text.slice(0, text.indexOf(piece))).length;
  return { start, end: start + Array.from(piece).length };
}

function moved(oldText: string, newText: string, piece: string) {
  const range = reanchorer(oldText, newText)(rangeOf(oldText, piece));
  return range && { ...range, text: sliceCodePoints(toCodePoints(newText), range.start, range.end) };
}

const old =
  'Kyiv said 2,000 drones were made.\n\nMoscow said 300 tanks were lost in 2024.\n\nThe end came in 2024.';

describe('reanchorer', () => {
  it('moves a range past an insertion before it', () => {
    const revised = `Updated. ${old}`;
    expect(moved(old, revised, 'Moscow said 300 tanks')).toEqual({
      ...rangeOf(revised, 'Moscow said 300 tanks'),
      text: 'Moscow said 300 tanks',
    });
  });

  it('moves a range back past a deletion before it', () => {
    const revised = old.replace('Kyiv said 2,000 drones were made.\n\n', '');
    expect(moved(old, revised, '300 tanks were lost')?.start).toBe(
      rangeOf(revised, '300 tanks were lost').start,
    );
  });

  it('gives null when the text inside the range changed', () => {
    const revised = old.replace('300 tanks', '350 tanks');
    expect(moved(old, revised, 'Moscow said 300 tanks were lost in 2024.')).toBeNull();
  });

  it('gives null when the range was removed', () => {
    const revised = old.replace('Moscow said 300 tanks were lost in 2024.\n\n', '');
    expect(moved(old, revised, 'Moscow said 300 tanks were lost in 2024.')).toBeNull();
  });

  it('finds a moved paragraph, and a short piece in it by its context', () => {
    const revised =
      'Moscow said 300 tanks were lost in 2024.\n\nKyiv said 2,000 drones were made.\n\nThe end came in 2024.';
    expect(moved(old, revised, 'Kyiv said 2,000 drones were made.')?.start).toBe(
      rangeOf(revised, 'Kyiv said 2,000 drones were made.').start,
    );
    const lost = rangeOf(old, 'in 2024.');
    const lostNow = rangeOf(revised, 'in 2024.');
    expect(reanchorer(old, revised)({ start: lost.start + 3, end: lost.start + 7 })).toEqual({
      start: lostNow.start + 3,
      end: lostNow.start + 7,
    });
  });

  it('does not move a short piece that vanished to another of its occurrences', () => {
    const revised = old.replace(' in 2024.\n\nThe', '.\n\nThe');
    const first = rangeOf(old, '2024');
    expect(reanchorer(old, revised)(first)).toBeNull();
  });

  it('counts code points and keeps curly quotes and non-breaking spaces', () => {
    const before = '“We lost 🚀 10\u00a0000 men,” he said. Then “peace”.';
    const after = `Corrected 🙂. ${before}`;
    const piece = '10\u00a0000 men,”';
    expect(moved(before, after, piece)).toEqual({ ...rangeOf(after, piece), text: piece });
    expect(moved(before, before.replace('10\u00a0000', '10 000'), piece)).toBeNull();
  });
});
