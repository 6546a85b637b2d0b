import { describe, expect, it } from 'vitest';
import { describeOneSide, type MetricClaimant, type OneSideNotePart } from '@/lib/figures/describe-one-side';

const claimant = (slug: string, side: MetricClaimant['side'], figureCount = 1): MetricClaimant => ({
  slug,
  name: `Claimant ${slug.toUpperCase()}`,
  side,
  figureCount,
});

const text = (parts: OneSideNotePart[] | null) =>
  parts?.map((part) => ('text' in part ? part.text : `[${part.claimant.name}]`)).join('') ?? null;

describe('describeOneSide', () => {
  it('says a single figure from one side is the only one', () => {
    expect(text(describeOneSide([claimant('a', 'russia')]))).toBe(
      'The only figure here comes from the Russian side ([Claimant A]); no figure from another side or an independent source is recorded.',
    );
  });

  it('says "both" for two figures, even from one claimant', () => {
    expect(text(describeOneSide([claimant('a', 'ukraine', 2)]))).toBe(
      'Both figures here come from the Ukrainian side ([Claimant A]); no figure from another side or an independent source is recorded.',
    );
  });

  it('counts every figure and lists every claimant, each one linkable', () => {
    const parts = describeOneSide([
      claimant('a', 'russia', 2),
      claimant('b', 'russia', 1),
      claimant('c', 'russia', 1),
    ]);
    expect(text(parts)).toBe(
      'All 4 figures here come from the Russian side ([Claimant A], [Claimant B] and [Claimant C]); no figure from another side or an independent source is recorded.',
    );
    expect(parts?.flatMap((part) => ('claimant' in part ? [part.claimant.slug] : []))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('says nothing when the figures come from different sides', () => {
    expect(describeOneSide([claimant('a', 'ukraine'), claimant('b', 'russia')])).toBeNull();
    expect(describeOneSide([claimant('a', 'nato'), claimant('b', 'independent')])).toBeNull();
  });

  it('says nothing when every figure is from independent or other sources, or from backers of a side', () => {
    expect(describeOneSide([claimant('a', 'independent', 3)])).toBeNull();
    expect(describeOneSide([claimant('a', 'us', 2)])).toBeNull();
    expect(describeOneSide([claimant('a', 'europe')])).toBeNull();
    expect(describeOneSide([claimant('a', 'other')])).toBeNull();
  });

  it('says nothing about a metric without figures, and ignores claimants with none', () => {
    expect(describeOneSide([])).toBeNull();
    expect(text(describeOneSide([claimant('a', 'ukraine'), claimant('b', 'russia', 0)]))).toBe(
      'The only figure here comes from the Ukrainian side ([Claimant A]); no figure from another side or an independent source is recorded.',
    );
  });
});
