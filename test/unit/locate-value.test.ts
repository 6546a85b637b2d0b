import { describe, expect, it } from 'vitest';
import { locateValueInQuote } from '@/lib/text/locate-value';

describe('finding a stated value in its quote', () => {
  it('prefers a whole word to the same letters inside another word', () => {
    expect(locateValueInQuote('Someone said one of them left.', 'one')).toBe(13);
  });

  it('counts code points, past curly quotes and emoji', () => {
    expect(locateValueInQuote('🇺🇦 “Kyiv” said 3,500.', '3,500')).toBe(15);
  });

  it('falls back to the first occurrence, and finds nothing that is not there', () => {
    expect(locateValueInQuote('twenty-two', 'two')).toBe(7);
    expect(locateValueInQuote('no number here', '5')).toBeUndefined();
  });
});
