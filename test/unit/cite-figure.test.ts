import { describe, expect, it } from 'vitest';
import { citeFigure } from '@/lib/figures/cite-figure';

const aid = {
  publicId: 'us-aid-sent-kiel',
  valueText: '$119 billion',
  bound: 'more_than' as const,
  periodStart: '2022-01-01',
  periodEnd: '2024-12-31',
  metric: { name: 'US aid sent to Ukraine' },
  claimant: { name: 'Kiel Institute for the World Economy' },
  source: {
    outlet: 'The Christian Science Monitor',
    title: null,
    publishedOn: '2025-02-28',
    publishedPrecision: 'day' as const,
  },
};

const recruits = {
  publicId: 'russian-recruitment-2024',
  valueText: '430,790 in 2024 alone',
  bound: 'exact' as const,
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  metric: { name: 'Russian military recruitment' },
  claimant: { name: 'Dmitry Medvedev' },
  source: {
    outlet: null,
    title: 'Russia recruits more soldiers',
    publishedOn: '2025-01-15',
    publishedPrecision: 'month' as const,
  },
};

describe('citing a figure', () => {
  it('quotes the words as stated with their hedge, and names outlet, date, permalink and access date', () => {
    expect(
      citeFigure(aid, { origin: 'https://example.org', accessedOn: '2026-12-01', dataVersion: '1.7.0' })
        .plain,
    ).toBe(
      'Kiel Institute for the World Economy, “$119 billion” (stated as “more than”), US aid sent to Ukraine, 2022–2024. Quoted in The Christian Science Monitor, 28 Feb 2025. Contested Figures, data version 1.7.0, https://example.org/figures/us-aid-sent-kiel (accessed 1 Dec 2026).',
    );
  });

  it('gives the words the article printed, not the normalised value, and no hedge for an exact number', () => {
    const { plain } = citeFigure(recruits, {
      origin: 'https://figures.example',
      accessedOn: '2026-12-02',
      dataVersion: '1.7.0',
    });
    expect(plain).toContain('Dmitry Medvedev, “430,790 in 2024 alone”, Russian military recruitment, 2024.');
    expect(plain).not.toContain('people a year');
    expect(plain).not.toContain('stated as');
  });

  it('says the outlet is not named rather than calling it unknown, and keeps the title', () => {
    const { plain } = citeFigure(recruits, {
      origin: 'https://figures.example',
      accessedOn: '2026-12-02',
      dataVersion: '1.7.0',
    });
    expect(plain).toContain(
      'Quoted in “Russia recruits more soldiers,” outlet not named in the archived text, Jan 2025.',
    );
    expect(plain).not.toMatch(/unknown/i);
  });

  it('links to the configured origin it is given', () => {
    const { plain } = citeFigure(recruits, {
      origin: 'https://figures.example',
      accessedOn: '2026-12-02',
      dataVersion: '1.7.0',
    });
    expect(plain).toContain('https://figures.example/figures/russian-recruitment-2024 (accessed 2 Dec 2026)');
  });

  it('names its style and sets only the outlet and the site in italics; the plain form is the same words', () => {
    const citation = citeFigure(aid, {
      origin: 'https://example.org',
      accessedOn: '2026-12-01',
      dataVersion: '1.7.0',
    });
    expect(citation.style).toMatch(/Chicago/);
    expect(citation.parts.filter((part) => part.title).map((part) => part.text)).toEqual([
      'The Christian Science Monitor',
      'Contested Figures',
    ]);
    expect(citation.parts.map((part) => part.text).join('')).toBe(citation.plain);
    const unnamed = citeFigure(recruits, {
      origin: 'https://example.org',
      accessedOn: '2026-12-01',
      dataVersion: '1.7.0',
    });
    expect(unnamed.parts.filter((part) => part.title).map((part) => part.text)).toEqual([
      'Contested Figures',
    ]);
  });
});
