import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  acceptDraftExclusion,
  acceptDraftFigure,
  applyReview,
  DraftNotFoundError,
  editDraftFigure,
  rejectDraftFigure,
} from '@/lib/editing/apply-review';
import { problemField, problemsByField } from '@/lib/editing/draft-problems';

const text = 'Output could reach between 3,000 and 4,000 drones a day, she said. It is one of 12 plants.';

const source = `slug: tiny
# The drafts below came from article:add.
figures:
  - id: tiny-range
    status: draft
    metric: drone-output
    claimant: olena-marchuk # who said it
    kind: projection
    value_text: between 3,000 and 4,000
    value: null
    bound: range
    low: 3000
    high: 4000
    unit: drones
    per: day
    period: { start: 2025-09-15, end: 2025-09-15 }
    quote: { start: 0, end: 66, text: "Output could reach between 3,000 and 4,000 drones a day, she said." }
  - id: tiny-one
    status: draft
    metric: plants
    claimant: author
    kind: actual
    value_text: one
    value: 1
    bound: exact
    unit: count
    period: undated
    quote: { start: 67, end: 90, text: "It is one of 12 plants." }
excluded_mentions:
  - { start: 80, text: "12", reason: vague, status: draft, note: "Draft: a guess" }
`;

const edit = {
  value: null,
  bound: 'range' as const,
  low: 3000,
  high: 4000,
  unit: 'drones',
  per: 'day' as const,
  kind: 'projection' as const,
  period: { start: '2025-12-01', end: '2025-12-31' },
  claimant: 'sample-minister',
  metric: 'drone-output',
};

describe('writing the review into the YAML', () => {
  it('edits a draft in place, keeping comments, order and flow style', () => {
    const edited = editDraftFigure(source, 'tiny-range', edit);
    expect(edited).toContain('# The drafts below came from article:add.');
    expect(edited).toContain('claimant: sample-minister # who said it');
    expect(edited).toContain('period: { start: 2025-12-01, end: 2025-12-31 }');
    expect(YAML.parse(edited).figures[0]).toMatchObject({ status: 'draft', claimant: 'sample-minister' });
    expect(edited.split('\n').length).toBe(source.split('\n').length);
  });

  it('accepts by dropping status: draft and dating it, and nothing else', () => {
    const accepted = acceptDraftFigure(source, 'tiny-range', '2026-12-07');
    const figure = YAML.parse(accepted).figures[0];
    expect(figure.status).toBeUndefined();
    expect(figure.claimant).toBe('olena-marchuk');
    expect(YAML.parse(accepted).figures[1].status).toBe('draft');
    expect(accepted).toBe(
      source.replace(
        '  - id: tiny-range\n    status: draft\n',
        '  - id: tiny-range\n    added: 2026-12-07\n',
      ),
    );
  });

  it('rejects by removing the draft and excluding its mention with the reason, in order of start', () => {
    const rejected = rejectDraftFigure(source, 'tiny-one', 'ordinal', 'one of twelve, not a count', text);
    const seed = YAML.parse(rejected);
    expect(seed.figures.map((figure: { id: string }) => figure.id)).toEqual(['tiny-range']);
    expect(seed.excluded_mentions).toEqual([
      { start: 73, text: 'one', reason: 'ordinal', note: 'one of twelve, not a count' },
      { start: 80, text: '12', reason: 'vague', status: 'draft', note: 'Draft: a guess' },
    ]);
    expect(rejected).toContain(
      '- { start: 73, text: one, reason: ordinal, note: "one of twelve, not a count" }',
    );
  });

  it('rejects a range as each of the mentions it joins', () => {
    const seed = YAML.parse(rejectDraftFigure(source, 'tiny-range', 'vague', null, text));
    expect(seed.excluded_mentions.slice(0, 2)).toEqual([
      { start: 27, text: '3,000', reason: 'vague' },
      { start: 37, text: '4,000', reason: 'vague' },
    ]);
  });

  it('adds the list when the file has none, and accepts a draft exclusion', () => {
    const bare = source.slice(0, source.indexOf('excluded_mentions:'));
    const seed = YAML.parse(rejectDraftFigure(bare, 'tiny-one', 'ordinal', null, text));
    expect(seed.excluded_mentions).toEqual([{ start: 73, text: 'one', reason: 'ordinal' }]);
    const accepted = YAML.parse(acceptDraftExclusion(source, 80, 'part_of_name', null));
    expect(accepted.excluded_mentions).toEqual([{ start: 80, text: '12', reason: 'part_of_name' }]);
  });

  it('accepting with edits saves them too; an unknown or already reviewed draft is refused', () => {
    const seed = YAML.parse(
      applyReview(source, { intent: 'accept', figure: 'tiny-range', edit }, text, '2026-12-07'),
    );
    expect(seed.figures[0]).toMatchObject({
      added: '2026-12-07',
      claimant: 'sample-minister',
      period: { start: '2025-12-01' },
    });
    expect(seed.figures[0].status).toBeUndefined();
    expect(() =>
      acceptDraftFigure(acceptDraftFigure(source, 'tiny-range', '2026-12-07'), 'tiny-range', '2026-12-07'),
    ).toThrow(DraftNotFoundError);
    expect(() => acceptDraftExclusion(source, 81, 'vague', null)).toThrow(DraftNotFoundError);
  });
});

describe('problems beside the fields', () => {
  it('puts each check message beside its field', () => {
    expect(problemField('metric "x" is not in metrics.yaml')).toBe('metric');
    expect(problemField('claimant "x" is not in claimants.yaml')).toBe('claimant');
    expect(problemField('value 4000 differs from "3,000", which reads as 3000')).toBe('value');
    expect(problemField('value_text "x" does not occur in the quote')).toBeNull();
    expect(problemField('period.end: must be a date YYYY-MM-DD')).toBe('period_end');
    expect(problemField('period starts (2025-02-01) after it ends (2025-01-01)')).toBe('period_start');
    expect(problemField('a range needs both low and high')).toBe('low');
    expect(problemField('unit "x" differs from its metric\'s unit "y"')).toBe('unit');
    expect(problemsByField(['quote does not match', 'high: bad'])).toEqual({
      general: ['quote does not match'],
      high: ['high: bad'],
    });
  });
});
