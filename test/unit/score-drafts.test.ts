import { describe, expect, it } from 'vitest';
import {
  answerKeySchema,
  claimantMatches,
  draftSpans,
  normaliseName,
  percent,
  scoreDrafts,
  type ScoredDraft,
} from '@/lib/drafting/score-drafts';

// Curly quotes and an accented letter: offsets count code points.
const text =
  'Ü “Intro.” Kyiv made more than 1,500 drones a day, Ihor Savchenko said. Aid was €2 billion in 2025.';
const sentence1 = 'Kyiv made more than 1,500 drones a day, Ihor Savchenko said.';
const sentence2 = 'Aid was €2 billion in 2025.';
const start1 = Array.from(text).join('').indexOf(sentence1);
const start2 = Array.from(text.slice(0, text.indexOf(sentence2))).length;

function draft(fields: Partial<ScoredDraft> & Pick<ScoredDraft, 'value_text' | 'quote'>): ScoredDraft {
  return {
    id: 'x',
    value: null,
    bound: 'exact',
    low: null,
    high: null,
    claimant: 'helen-ashdown',
    claimantName: 'Helen Ashdown',
    ...fields,
  };
}

const quote1 = { start: start1, end: start1 + Array.from(sentence1).length, text: sentence1 };
const quote2 = { start: start2, end: start2 + Array.from(sentence2).length, text: sentence2 };
const at = (quoteStart: number, quoteText: string, needle: string) => quoteStart + quoteText.indexOf(needle);

const key = answerKeySchema.parse({
  article: 'tiny.txt',
  claims: [
    {
      text: '1,500',
      start: at(start1, sentence1, '1,500'),
      value: 1500,
      low: 1500,
      high: null,
      bound: 'more_than',
      claimant: 'Ihor Savchenko',
      claimant_is_person: true,
    },
    {
      text: '€2 billion',
      start: at(start2, sentence2, '€2'),
      value: 2e9,
      low: null,
      high: null,
      bound: 'exact',
      claimant: 'author',
    },
    {
      text: 'a day',
      start: at(start1, sentence1, 'a day'),
      value: 1,
      low: null,
      high: null,
      bound: 'exact',
      claimant: 'Kyiv',
    },
  ],
  not_claims: [{ text: '2025', start: at(start2, sentence2, '2025'), reason: 'calendar_date' }],
});

describe('scoreDrafts', () => {
  const drafts = [
    draft({
      id: `s-1-500-${at(start1, sentence1, '1,500')}`,
      value_text: '1,500',
      value: 1500,
      bound: 'more_than',
      low: 1500,
      claimant: 'deputy-minister-ihor-savchenko',
      claimantName: 'Deputy Minister Ihor Savchenko',
      quote: quote1,
    }),
    draft({ value_text: '€2 billion', value: 2e9, bound: 'approximately', quote: quote2 }),
    draft({ value_text: '2025', value: 2025, quote: quote2 }),
  ];
  const score = scoreDrafts(key, drafts, 'helen-ashdown');

  it('matches each key claim to the draft stating it and marks value, bound and claimant', () => {
    expect(score.claims.map((row) => [row.claim.text, row.value, row.bound, row.claimant])).toEqual([
      ['1,500', true, true, true],
      ['€2 billion', true, false, true],
      ['a day', false, false, false],
    ]);
    expect(score).toMatchObject({ total: 3, missed: 1, valueRight: 2, boundRight: 1, claimantRight: 2 });
  });

  it('lists drafts no key claim stands for, with the key’s reason when it lists the mention', () => {
    expect(score.falseDrafts.map(({ draft: found, notClaim }) => [found.value_text, notClaim])).toEqual([
      ['2025', 'calendar_date'],
    ]);
  });

  it('reads a range by its ends', () => {
    const rangeKey = answerKeySchema.parse({
      article: 'r.txt',
      claims: [
        {
          text: '1,500',
          start: at(start1, sentence1, '1,500'),
          value: null,
          low: 1000,
          high: 1500,
          bound: 'range',
          claimant: 'Kyiv',
        },
      ],
    });
    const ranged = draft({
      value_text: '1,500',
      low: 1000,
      high: 1500,
      bound: 'range',
      claimant: 'kyiv',
      claimantName: null,
      quote: quote1,
    });
    expect(scoreDrafts(rangeKey, [ranged], null).claims[0]).toMatchObject({
      value: true,
      bound: true,
      claimant: true,
    });
  });
});

describe('draftSpans', () => {
  it('places value_text in the text by code points, preferring the offset the id ends with', () => {
    const quote = { start: 10, end: 20, text: 'é 5 and 5.' };
    expect(draftSpans(draft({ value_text: '5', quote }))).toEqual([
      { start: 12, end: 13 },
      { start: 18, end: 19 },
    ]);
    expect(draftSpans(draft({ id: 'a-5-18', value_text: '5', quote }))).toEqual([{ start: 18, end: 19 }]);
  });
});

describe('claimantMatches', () => {
  const claim = key.claims[0]!;
  it('takes a surname for a person, and aliases and exact names for bodies only', () => {
    const named = (claimantName: string) =>
      draft({ value_text: 'x', quote: quote1, claimant: 'y', claimantName });
    expect(claimantMatches(claim, named('Savchenko'), null)).toBe(true);
    expect(claimantMatches(claim, named('Oksana Petrenko'), null)).toBe(false);
    const body = {
      ...claim,
      claimant: 'UK Ministry of Defence',
      claimant_is_person: false,
      claimant_aliases: ['British Ministry of Defence'],
    };
    expect(claimantMatches(body, named('the British Ministry of Defence'), null)).toBe(true);
    expect(claimantMatches(body, named('Ukrainian Ministry of Defence'), null)).toBe(false);
  });
  it('normalises case, accents, possessives and asides', () => {
    expect(normaliseName('The Ukraine’s Général Staff (anonymous)')).toBe('ukraine general staff');
    expect(percent(1, 3)).toBe('33.3%');
  });
});
