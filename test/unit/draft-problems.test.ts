import { describe, expect, it } from 'vitest';
import { checkDraftFigure } from '@/lib/editing/draft-problems';
import type { SeedFiles } from '@/lib/seed/read-seed-directory';
import type { FigureSeed, SourceSeed } from '@/lib/seed/seed-schema';

// The article as first archived, and as revised: the sentence with the figure moved on.
const firstText = 'Kyiv says it made 1,500 drones in May.';
const revisedText = 'Update. Kyiv says it made 1,600 drones in May.';

function draft(quote: FigureSeed['quote']): FigureSeed {
  return {
    id: 'drones-may',
    status: 'draft',
    metric: 'drone-output',
    claimant: 'minister',
    kind: 'claim',
    value_text: '1,500',
    value: 1500,
    bound: 'exact',
    low: null,
    high: null,
    unit: 'drones',
    per: null,
    period: 'undated',
    quote,
    note: null,
    corrections: [],
    retracted: null,
  };
}

const files: SeedFiles = {
  topics: [{ slug: 'arms', name: 'Arms', description: 'd' }],
  claimants: [{ slug: 'minister', name: 'M', kind: 'person', side: 'ukraine', description: 'd', role: null }],
  metrics: [
    {
      slug: 'drone-output',
      topic: 'arms',
      name: 'D',
      definition: 'd',
      unit: 'drones',
      subject: 'U',
      note: null,
      related: [],
    },
  ],
  sources: [
    {
      file: 'sources/dispatch.yaml',
      seed: {
        slug: 'dispatch',
        document: 'dispatch-v2.txt',
        figures: [],
        excluded_mentions: [],
      } as unknown as SourceSeed,
      text: revisedText,
      sha256: '',
      earlier: [{ document: 'dispatch-v1.txt', text: firstText, sha256: '' }],
    },
  ],
  crossChecks: [],
  releases: [],
};

const problems = (figure: FigureSeed) =>
  checkDraftFigure(files, 'sources/dispatch.yaml', figure, '2026-12-07').map((problem) => problem.problem);

describe('checking a draft on the review screen', () => {
  it('checks a quote that names an earlier version against that version, not the current text', () => {
    const quote = { document: 'dispatch-v1.txt', start: 0, end: firstText.length, text: firstText };
    expect(problems(draft(quote))).toEqual([]);
    expect(problems(draft({ ...quote, document: undefined }))).not.toEqual([]);
  });

  it('names a version the source does not have', () => {
    expect(
      problems(draft({ document: 'dispatch-v0.txt', start: 0, end: firstText.length, text: firstText })),
    ).toEqual([
      "quote.document: dispatch-v0.txt is neither this source's document nor one of its earlier_versions",
    ]);
  });
});
