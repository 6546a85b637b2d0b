import { describe, expect, it } from 'vitest';
import { highlightSegments } from '@/lib/text/highlight-segments';

describe('highlighting quotes in an archived text', () => {
  const text = 'Intro line.\nFirst “quote” here. Second one.';

  it('splits paragraphs and marks overlapping quotes without nesting', () => {
    const paragraphs = highlightSegments(text, [
      { start: 12, end: 31, key: 'sentence' },
      { start: 18, end: 25, key: 'word' },
    ]);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toEqual([{ text: 'Intro line.', start: 0, keys: [], opens: [] }]);
    expect(paragraphs[1]).toEqual([
      { text: 'First ', start: 12, keys: ['sentence'], opens: ['sentence'] },
      { text: '“quote”', start: 18, keys: ['sentence', 'word'], opens: ['word'] },
      { text: ' here.', start: 25, keys: ['sentence'], opens: [] },
      { text: ' Second one.', start: 31, keys: [], opens: [] },
    ]);
  });

  it('counts offsets in code points, so text after an emoji is cut in the right place', () => {
    const paragraphs = highlightSegments('🇺🇦 Kyiv said 3,500.', [{ start: 13, end: 18, key: 'n' }]);
    expect(paragraphs[0]?.find((segment) => segment.keys.includes('n'))?.text).toBe('3,500');
  });

  it('keeps every character of the text exactly once', () => {
    const paragraphs = highlightSegments(text, [{ start: 3, end: 20, key: 'x' }]);
    expect(paragraphs.map((segments) => segments.map((segment) => segment.text).join('')).join('\n')).toBe(
      text,
    );
  });
});
