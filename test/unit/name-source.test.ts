import { describe, expect, it } from 'vitest';
import { sourceCredit, sourceTitle } from '@/lib/figures/name-source';

const untitled = {
  title: null,
  kind: 'opinion' as const,
  outlet: 'Bloomberg',
  publishedOn: '2024-11-01',
  publishedPrecision: 'month' as const,
};

describe('naming an article', () => {
  it('uses the title when the article has one', () => {
    expect(sourceTitle({ ...untitled, title: 'Zelensky and Increasingly Urgent Negotiations' })).toBe(
      'Zelensky and Increasingly Urgent Negotiations',
    );
  });

  it('describes an untitled article by kind, outlet and date instead of inventing a title', () => {
    expect(sourceTitle(untitled)).toBe('Untitled opinion piece, Bloomberg, Nov 2024');
    expect(sourceTitle({ ...untitled, kind: 'news_report', outlet: null, publishedOn: null })).toBe(
      'Untitled news report, outlet unknown, date unknown',
    );
  });

  it('credits the outlet, or the quoted title when the outlet is unknown', () => {
    expect(sourceCredit(untitled)).toBe('Bloomberg');
    expect(
      sourceCredit({ ...untitled, outlet: null, title: 'Trump-Putin call is a positive step towards peace' }),
    ).toBe('“Trump-Putin call is a positive step towards peace” (outlet unknown)');
    expect(sourceCredit({ ...untitled, outlet: null })).toBe('an untitled opinion piece (outlet unknown)');
  });
});
