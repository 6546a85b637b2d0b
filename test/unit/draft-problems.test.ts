import { describe, expect, it } from 'vitest';
import { checkDraftFigure } from '@/lib/editing/draft-problems';
import type { FigureSeed, SourceSeed } from '@/lib/seed/seed-schema';
import { figureSeed, seedFiles } from '@/test/support/seed-fixtures';

// The article as first archived, and as revised: the sentence with the figure moved on.
const firstText = 'Kyiv says it made 1,500 drones in May.';
const revisedText = 'Update. Kyiv says it made 1,600 drones in May.';

function draft(quote: FigureSeed['quote']): FigureSeed {
  return figureSeed({ id: 'drones-may', status: 'draft', quote });
}

const files = seedFiles([
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
]);

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
