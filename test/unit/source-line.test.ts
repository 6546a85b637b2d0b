import { describe, expect, it } from 'vitest';
import { sourceLine } from '@/lib/figures/source-line';

describe('the source line under a chart', () => {
  it('credits each claimant and outlet once, with the publication date at its known precision', () => {
    const kamyshin = {
      claimant: { name: 'Oleksandr Kamyshin' },
      source: {
        title: null,
        kind: 'opinion' as const,
        outlet: 'Bloomberg',
        publishedOn: '2024-11-01',
        publishedPrecision: 'month' as const,
      },
    };
    const kiel = {
      claimant: { name: 'Kiel Institute' },
      source: {
        title: 'Aid tracker update',
        kind: 'analysis' as const,
        outlet: null,
        publishedOn: null,
        publishedPrecision: null,
      },
    };
    expect(sourceLine([kamyshin, kamyshin, kiel])).toBe(
      'Source: Oleksandr Kamyshin; Kiel Institute (via Bloomberg, Nov 2024; “Aid tracker update” (outlet unknown), date unknown). Compiled by Contested Figures.',
    );
  });

  it('credits nothing when a metric has no figures, instead of an empty "Source: (via )"', () => {
    expect(sourceLine([])).toBe('');
  });
});
