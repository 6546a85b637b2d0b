import { describe, expect, it } from 'vitest';
import { decodeFiguresViewSegment, figuresViewPath } from '@/lib/figures/figures-view-path';

const segmentOf = (path: string) => path.split('/').at(-1)!;

describe('figuresViewPath', () => {
  it('gives the view of everything a readable path', () => {
    expect(figuresViewPath('')).toBe('/figures/view/all');
    expect(figuresViewPath('?')).toBe('/figures/view/all');
    expect([...decodeFiguresViewSegment('all')]).toEqual([]);
  });

  it('carries any query string whole, in one path segment that percent-decoding leaves alone', () => {
    const search = '?side=russia&side=nato&q=%22drone+strikes%22+-kyiv+50%25&after=WyIyMDI0Il0';
    const segment = segmentOf(figuresViewPath(search));
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([...decodeFiguresViewSegment(segment)]).toEqual([...new URLSearchParams(search)]);
  });

  it('does not mistake a query for the view of everything', () => {
    const segment = segmentOf(figuresViewPath('?q=all'));
    expect(segment).not.toBe('all');
    expect([...decodeFiguresViewSegment(segment)]).toEqual([['q', 'all']]);
  });
});
