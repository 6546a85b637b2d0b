import { describe, expect, it } from 'vitest';
import { describeDifferences } from '@/lib/figures/describe-differences';

const base = {
  kind: 'claim' as const,
  per: 'year' as const,
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  claimant: { side: 'ukraine' as const, name: 'Ukraine’s General Staff' },
  source: { outlet: 'Analisi Difesa' },
};

describe('why figures differ', () => {
  it('names periods, sides, partisan claimants, kinds and rates', () => {
    const reasons = describeDifferences([
      base,
      { ...base, kind: 'estimate', per: 'month', claimant: { side: 'nato', name: 'A NATO source' } },
      { ...base, periodStart: '2023-01-01', periodEnd: '2023-12-31' },
    ]);
    expect(reasons).toEqual([
      'They refer to different periods: 2024 and 2023.',
      'The sources speak for different sides: Ukraine and NATO.',
      'Ukraine’s General Staff speaks for Ukraine, a party to the war, with an interest in the number.',
      'They are different kinds of figure: claim and estimate.',
      'They are stated at different rates (per year and per month); the chart draws them per year.',
    ]);
  });

  it('says claimants speak for different sides only when they do, and names each warring side once', () => {
    const ukrainian = { ...base, claimant: { side: 'ukraine' as const, name: 'Unnamed Ukrainian sources' } };
    expect(describeDifferences([base, ukrainian])).toEqual([
      'Ukraine’s General Staff and Unnamed Ukrainian sources speak for Ukraine, a party to the war, with an interest in the number.',
    ]);
    const independent = { ...base, claimant: { side: 'independent' as const, name: 'An analyst' } };
    const other = { ...base, claimant: { side: 'other' as const, name: 'Unnamed observers' } };
    expect(describeDifferences([independent, other])).toEqual([]);
    const russian = { ...base, claimant: { side: 'russia' as const, name: 'Russia’s defence ministry' } };
    expect(describeDifferences([base, russian, independent])).toEqual([
      'The sources speak for different sides: Ukraine and Russia.',
      'Ukraine’s General Staff speaks for Ukraine and Russia’s defence ministry speaks for Russia: parties to the war, each with an interest in the number.',
    ]);
  });

  it('says nothing about a single figure or about figures that agree on all of these', () => {
    expect(describeDifferences([base])).toEqual([]);
    expect(describeDifferences([base, { ...base, claimant: { side: 'us', name: 'Kiel' } }])).toEqual([
      'The sources speak for different sides: Ukraine and United States.',
      'Ukraine’s General Staff speaks for Ukraine, a party to the war, with an interest in the number.',
    ]);
  });

  it('counts undated figures apart, and finds no interest to declare when one claimant gave every figure', () => {
    const undated = { ...base, periodStart: null, periodEnd: null };
    expect(
      describeDifferences([base, { ...base, periodStart: '2023-01-01', periodEnd: '2023-12-31' }, undated]),
    ).toEqual([
      'They refer to different periods: 2024 and 2023.',
      'One figure gives no period, so it may not refer to the same time as the rest.',
    ]);
  });
});
