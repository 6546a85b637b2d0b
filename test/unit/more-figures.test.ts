import { describe, expect, it } from 'vitest';
import { describeFigureCount } from '@/lib/figures/describe-figure-count';
import { moreFigures, rowsOfTotal } from '@/lib/figures/more-figures';

describe('"N more" under a figures table', () => {
  it('counts what the table leaves out and continues /figures after its last row', () => {
    expect(moreFigures({ claimant: ['kiel-institute'] }, 1234, [{ id: 7 }, { id: 9 }])).toEqual({
      remaining: 1232,
      total: 1234,
      remainingText: '1,232',
      totalText: '1,234',
      continueHref: '/figures?claimant=kiel-institute&after=9',
      viewHref: '/figures?claimant=kiel-institute',
      csvHref: '/figures.csv?claimant=kiel-institute',
    });
  });

  it('leaves out the figure a page shows outside its table, and says nothing when all are shown', () => {
    expect(moreFigures({ metric: ['drone-output'] }, 3, [{ id: 1 }, { id: 2 }], 1)).toBeNull();
    expect(moreFigures({ metric: ['drone-output'] }, 4, [{ id: 1 }, { id: 2 }], 1)?.remaining).toBe(1);
    expect(moreFigures({ source: ['sample'] }, 0, [])).toBeNull();
  });

  it('captions a table with all its rows or the first of them', () => {
    expect(rowsOfTotal(3, 3)).toBe('all 3');
    expect(rowsOfTotal(25, 1000080)).toBe('the first 25 of 1,000,080');
  });
});

describe('the count of a /figures view', () => {
  it('is exact, or "more than" the cap when a search stopped counting', () => {
    expect(describeFigureCount({ count: 1, more: false }, true)).toBe('1 figure matches this view.');
    expect(describeFigureCount({ count: 12345, more: false }, false)).toBe('12,345 figures in the dataset.');
    expect(describeFigureCount({ count: 1000, more: true }, true)).toBe(
      'More than 1,000 figures match this view.',
    );
  });
});
