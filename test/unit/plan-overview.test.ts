import { describe, expect, it } from 'vitest';
import { chooseChartCandidates, describeDataset, planOverview } from '@/lib/charts/plan-overview';
import { quoteKeyWords } from '@/lib/charts/shape-number-card';

const metric = (slug: string, figureCount: number, claimantCount: number) => ({
  slug,
  figureCount,
  claimantCount,
});

describe('describeDataset', () => {
  it('says what the dataset holds, counted from it', () => {
    const metrics = [metric('a', 1, 1), metric('b', 3, 2), metric('c', 2, 2), metric('d', 2, 1)];
    expect(describeDataset(metrics, 1)).toBe(
      '4 quantities; 2 have figures from more than one source; in 1 of them the sources disagree.',
    );
    expect(describeDataset(metrics, 0)).toBe(
      '4 quantities; 2 have figures from more than one source, and in none of them do the sources disagree.',
    );
    expect(describeDataset([metric('a', 1, 1)], 0)).toBe(
      '1 quantity; none has figures from more than one source.',
    );
  });
});

describe('planOverview', () => {
  it('leads with disagreements, widest first, then change over time, then the rest', () => {
    const metrics = [metric('one', 1, 1), metric('time', 2, 1), metric('wide', 4, 2), metric('narrow', 2, 2)];
    const forms = new Map([
      ['one', 'number'],
      ['time', 'timeline'],
      ['wide', 'claims'],
      ['narrow', 'claims'],
    ] as const);
    const plan = planOverview(metrics, ['wide', 'narrow'], forms, { disagree: 1, overTime: 3 });
    expect(plan.disagree.map((m) => m.slug)).toEqual(['wide']);
    expect(plan.overTime.map((m) => m.slug)).toEqual(['time']);
    expect(plan.rest.map((m) => m.slug)).toEqual(['one', 'narrow']);
  });

  it('reads a bounded number of charts: disagreements first, then the metrics with most figures', () => {
    const metrics = [metric('a', 1, 1), metric('b', 9, 1), metric('c', 3, 2), metric('d', 5, 1)];
    expect(chooseChartCandidates(metrics, ['c'], 2).map((m) => m.slug)).toEqual(['c', 'b']);
  });
});

describe('quoteKeyWords', () => {
  it('keeps a short quote whole and cuts a long one around the stated value', () => {
    expect(quoteKeyWords('Two civilians were killed.', 'Two')).toBe('Two civilians were killed.');
    const long =
      'In a statement on Monday the regional governor said that more than 1,500 Russian soldiers were killed or wounded every day along the whole front line last week.';
    expect(quoteKeyWords(long, '1,500')).toBe(
      '…regional governor said that more than 1,500 Russian soldiers were killed or wounded every day along the…',
    );
  });
});
