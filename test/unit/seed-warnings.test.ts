import { describe, expect, it } from 'vitest';
import type { SeedFiles } from '@/lib/seed/read-seed-directory';
import type { FigureSeed, SourceSeed } from '@/lib/seed/seed-schema';
import { boundWarnings, findHedge, listSeedWarnings } from '@/lib/seed/seed-warnings';
import { figureSeed, seedFiles } from '@/test/support/seed-fixtures';

function figure(quote: string, valueText: string, fields: Partial<FigureSeed> = {}): FigureSeed {
  return figureSeed({ value_text: valueText, quote: { text: quote }, ...fields });
}

describe('the hedge before a stated value', () => {
  it.each([
    ['We make more than 1,500 drones.', '1,500', 'more_than'],
    ['We make over 1,500 drones.', '1,500', 'more_than'],
    ['We make at least 1,500 drones.', '1,500', 'at_least'],
    ['We make up to 1,500 drones.', '1,500', 'up_to'],
    ['We make fewer than 1,500 drones.', '1,500', 'less_than'],
    ['We make about\u00a01,500 drones.', '1,500', 'approximately'],
    ['We make nearly 1,500 drones.', '1,500', 'approximately'],
  ])('%j reads as %s', (quote, valueText, bound) => {
    expect(findHedge(quote, valueText)?.bound).toBe(bound);
  });

  it('is none for a phrasal verb or a plain number', () => {
    expect(findHedge('Ukraine was asked to fork over $500 billion.', '$500 billion')).toBeNull();
    expect(findHedge('We make 1,500 drones.', '1,500')).toBeNull();
    expect(findHedge('Moreover 1,500 drones came.', '1,500')).toBeNull();
  });
});

describe('a bound the quote contradicts', () => {
  it('warns when "more than" is recorded as exact, and names the words', () => {
    expect(boundWarnings(figure('We make more than 1,500 drones a day.', '1,500'))).toEqual([
      'bound is exact but the quote says "more than 1,500" (more_than)',
    ]);
  });

  it('warns when more_than has no low, and up_to no high', () => {
    expect(boundWarnings(figure('We make more than 1,500 drones.', '1,500', { bound: 'more_than' }))).toEqual(
      ['bound is more_than but low is not set'],
    );
    expect(boundWarnings(figure('We make up to 1,500 drones.', '1,500', { bound: 'up_to' }))).toEqual([
      'bound is up_to but high is not set',
    ]);
  });

  it('is quiet when the bound agrees, or when the note quotes the hedge to explain the reading', () => {
    expect(
      boundWarnings(figure('We make more than 1,500 drones.', '1,500', { bound: 'more_than', low: 1500 })),
    ).toEqual([]);
    expect(
      boundWarnings(
        figure('Over 1,500 days of war.', '1,500', {
          note: "'Over 1,500 days' read as 'during', not more than",
        }),
      ),
    ).toEqual([]);
  });
});

describe('seed warnings', () => {
  const source = (figures: FigureSeed[], slug = 'dispatch'): SeedFiles['sources'][number] => ({
    file: `sources/${slug}.yaml`,
    seed: { slug, figures, excluded_mentions: [] } as unknown as SourceSeed,
    text: '',
    sha256: '',
    earlier: [],
  });
  it('name every metric, claimant, topic and article that nothing uses', () => {
    const warnings = listSeedWarnings(
      seedFiles([source([figure('We make 1,500 drones.', '1,500')]), source([], 'blank')]),
    );
    expect(warnings.map((w) => `${w.file} › ${w.record} › ${w.problem}`)).toEqual([
      'sources/blank.yaml › source blank › has no figures: no page shows a number from it',
      'metrics.yaml › metric unused-metric › no figure measures it',
      'claimants.yaml › claimant nobody › no figure is theirs',
      'topics.yaml › topic empty › no figure is in it',
    ]);
  });
});
