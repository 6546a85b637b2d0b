import { describe, expect, it } from 'vitest';
import { fitCardText } from '@/lib/site/social-card-text';

describe('text on a social card', () => {
  it('keeps short text whole', () => {
    expect(fitCardText('Russian military casualties', 40)).toBe('Russian military casualties');
  });

  it('cuts long text at a word, without trailing punctuation, and marks the cut', () => {
    expect(
      fitCardText('One of its three shafts is now less than seven kilometres, from the front line.', 50),
    ).toBe('One of its three shafts is now less than seven…');
    expect(fitCardText('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});
