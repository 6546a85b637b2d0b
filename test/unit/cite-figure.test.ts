import { describe, expect, it } from 'vitest';
import { citeFigure } from '@/lib/figures/cite-figure';

describe('citing a figure', () => {
  it('names claimant, value with its hedge and rate, metric, outlet, date and the permalink', () => {
    const record = {
      publicId: 'us-aid-sent-kiel',
      valueText: '$119 billion',
      value: 119_000_000_000,
      valueLow: null,
      valueHigh: null,
      bound: 'more_than' as const,
      unit: 'USD',
      per: 'year' as const,
      metric: { name: 'US aid sent to Ukraine' },
      claimant: { name: 'Kiel Institute for the World Economy' },
      source: {
        outlet: 'The Christian Science Monitor',
        title: null,
        publishedOn: '2025-02-28',
        publishedPrecision: 'day' as const,
      },
    };
    expect(citeFigure(record, 'https://example.org', '2026-12-01')).toBe(
      'Kiel Institute for the World Economy: more than US$119 billion a year (US aid sent to Ukraine). Reported in The Christian Science Monitor, 28 Feb 2025. Contested Figures, https://example.org/figures/us-aid-sent-kiel (accessed 1 Dec 2026).',
    );
  });
});
