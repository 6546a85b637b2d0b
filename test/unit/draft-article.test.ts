import { describe, expect, it } from 'vitest';
import { draftArticle } from '@/lib/drafting/draft-article';
import { guessAttribution, matchClaimant } from '@/lib/drafting/guess-claimant';
import { guessExclusion } from '@/lib/drafting/guess-exclusion';
import { guessKind } from '@/lib/drafting/guess-kind';
import { matchMetric, unitOfCount } from '@/lib/drafting/guess-metric';
import { guessPeriod } from '@/lib/drafting/guess-period';
import { sentenceAround } from '@/lib/drafting/read-context';
import { toCodePoints } from '@/lib/text/code-points';

const claimants = [
  { slug: 'kiel-institute', name: 'Kiel Institute for the World Economy' },
  { slug: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' },
];
const metrics = [
  {
    slug: 'drone-output',
    name: 'Ukrainian drone output',
    unit: 'drones',
    definition: 'Drones Ukraine’s industry produces per day.',
  },
  {
    slug: 'us-aid-sent',
    name: 'US aid sent to Ukraine',
    unit: 'USD',
    definition: 'Total value of aid the United States has sent.',
  },
];

describe('the sentence around a number', () => {
  it('runs from the previous sentence end to its own, keeping a closing quote and skipping "Mr."', () => {
    const text = 'First one. Mr. Smith said “we make 🇺🇦 1,500 a day.” Next one.';
    const points = toCodePoints(text);
    const at = text.indexOf('1,500');
    const start = toCodePoints(text.slice(0, at)).length;
    const span = sentenceAround(points, start, start + 5);
    expect(points.slice(span.start, span.end).join('')).toBe('Mr. Smith said “we make 🇺🇦 1,500 a day.”');
  });
});

describe('guessing from cue words', () => {
  it.each([
    ['The ministry said it made 500 shells.', 'claim'],
    ['Analysts estimated 500 shells a day.', 'estimate'],
    ['Kyiv demanded 500 shells a month.', 'demand'],
    ['Kyiv asked for 500 shells.', 'demand'],
    ['The plan targets 500 shells a day.', 'target'],
    ['The factory made 500 shells.', 'actual'],
  ])('%j is a %s', (sentence, kind) => {
    expect(guessKind(sentence)).toBe(kind);
  });
});

describe('guessing who says so', () => {
  it.each([
    ['Zelensky said Ukraine had lost 43,000 soldiers.', 'Zelensky'],
    ['According to the Kiel Institute, the US sent $119 billion.', 'Kiel Institute'],
    ['“We make 500 a day,” said Volodymyr Zelensky.', 'Volodymyr Zelensky'],
    ['The Kiel Institute estimates that the US has sent $119 billion.', 'Kiel Institute'],
    ['Petrenko, who runs a workshop in Kharkiv, said 14 workshops employ 900 people.', 'Petrenko'],
  ])('%j: %s', (sentence, name) => {
    expect(guessAttribution(sentence, '')).toBe(name);
  });

  it('carries reported speech and quotes on from earlier in the paragraph, and finds no one when nobody is named', () => {
    expect(guessAttribution('Another 300 were wounded.', 'Andriy Akulich said 106 were killed.')).toBe(
      'Andriy Akulich',
    );
    expect(guessAttribution('“Another 300 were wounded.”', '“It was bad,” Andriy Akulich said.')).toBe(
      'Andriy Akulich',
    );
    expect(guessAttribution('Another 300 were wounded.', 'According to the UN, 106 were killed.')).toBeNull();
    expect(guessAttribution('The factory made 500 shells.', '')).toBeNull();
  });

  it('matches a name to claimants.yaml by full name, part of it, or surname, else proposes a stub', () => {
    expect(matchClaimant('Zelensky', claimants)).toEqual({ slug: 'volodymyr-zelensky', stub: null });
    expect(matchClaimant('Kiel Institute', claimants)).toEqual({ slug: 'kiel-institute', stub: null });
    expect(matchClaimant('Mykola Petrenko', claimants)).toEqual({
      slug: 'mykola-petrenko',
      stub: { slug: 'mykola-petrenko', name: 'Mykola Petrenko' },
    });
  });
});

describe('guessing the period', () => {
  it.each([
    ['In March 2024 the army lost 300 tanks.', '2025-06-10', { start: '2024-03-01', end: '2024-03-31' }],
    ['In 2023 the army lost 300 tanks.', '2025-06-10', { start: '2023-01-01', end: '2023-12-31' }],
    ['Last year the army lost 300 tanks.', '2025-06', { start: '2024-01-01', end: '2024-12-31' }],
    ['The army has 300 tanks.', '2025-06-10', { start: '2025-06-10', end: '2025-06-10' }],
    ['The army has 300 tanks.', '2025-06', { start: '2025-06-01', end: '2025-06-30' }],
    ['The army has 300 tanks.', null, 'undated'],
    ['The US has sent $119 billion since 2022.', '2025-06-10', { start: '2022-01-01', end: '2025-06-10' }],
  ])('%j published %s', (sentence, published, period) => {
    expect(guessPeriod(sentence, published)).toEqual(period);
  });
});

describe('guessing the metric and unit', () => {
  it('matches a metric in the same unit sharing words with the sentence, else proposes a stub', () => {
    expect(matchMetric('drones', 'Ukraine’s drone output reached 2,000 drones a day.', metrics).slug).toBe(
      'drone-output',
    );
    const stub = matchMetric('people', 'The mine employs 3,500 miners.', metrics);
    expect(stub.stub?.unit).toBe('people');
  });

  it('reads the unit of a count from the noun after it', () => {
    expect(unitOfCount(' drones a day')).toBe('drones');
    expect(unitOfCount(' troops were sent')).toBe('people');
    expect(unitOfCount(' Ukrainian soldiers')).toBe('people');
  });
});

describe('mentions that are no figure', () => {
  it.each([
    [{ text: '2024', kind: 'digits' }, 'in ', ' the', 'calendar_date'],
    [{ text: '5', kind: 'digits' }, 'on ', ' March', 'calendar_date'],
    [{ text: '45-year-old', kind: 'digits' }, 'a ', ' man', 'biographical'],
    [{ text: '58', kind: 'digits' }, 'aged ', ', he', 'biographical'],
    [{ text: 'G7', kind: 'digits' }, 'the ', ' summit', 'part_of_name'],
    [{ text: '11th', kind: 'digits' }, 'the ', ' brigade', 'ordinal'],
    [{ text: 'last week', kind: 'relative_time' }, '', '', 'calendar_date'],
    [{ text: 'several', kind: 'vague_count' }, '', '', 'vague'],
  ] as const)('%j is excluded as %s', (mention, before, after, reason) => {
    expect(guessExclusion(mention, before, after)?.reason).toBe(reason);
  });

  it('leaves a real quantity to be drafted', () => {
    expect(guessExclusion({ text: '1,500', kind: 'digits' }, 'more than ', ' drones')).toBeNull();
  });
});

describe('drafting an article', () => {
  const text =
    'Drone makers ramp up\n' +
    'Ukraine’s drone output has reached more than 2,000 drones a day, Mykola Petrenko said in 2025.\n' +
    'According to the Kiel Institute, the US has sent $119\u00a0billion in aid.\n' +
    'Officials expect between 3,000 and 4,000 drones a day, the 58-year-old engineer added.\n' +
    'Drone imports fell to 300 a month.';
  const draft = draftArticle({
    slug: 'drones',
    text,
    publishedOn: '2025-06-10',
    author: 'Jane Reporter',
    claimants,
    metrics,
  });
  const byValue = new Map(draft.figures.map((figure) => [figure.value_text, figure]));

  it('drafts each quantity with its value, bound, unit, rate, metric, claimant and the sentence cut by offsets', () => {
    expect(byValue.get('2,000')).toMatchObject({
      status: 'draft',
      value: 2000,
      bound: 'more_than',
      low: 2000,
      unit: 'drones',
      per: 'day',
      metric: 'drone-output',
      claimant: 'mykola-petrenko',
      kind: 'claim',
      period: { start: '2025-01-01', end: '2025-12-31' },
    });
    const points = toCodePoints(text);
    for (const figure of draft.figures) {
      expect(points.slice(figure.quote.start, figure.quote.end).join('')).toBe(figure.quote.text);
      expect(figure.quote.text).toContain(figure.value_text);
    }
  });

  it('reads money with a non-breaking space and matches the claimant named by "according to"', () => {
    expect(byValue.get('$119\u00a0billion')).toMatchObject({
      value: 119e9,
      unit: 'USD',
      claimant: 'kiel-institute',
      metric: 'us-aid-sent',
    });
  });

  it('joins a range written as "between X and Y" into one figure', () => {
    expect(byValue.get('between 3,000 and 4,000')).toMatchObject({
      value: null,
      low: 3000,
      high: 4000,
      bound: 'range',
      kind: 'projection',
    });
  });

  it('proposes exclusions for the year and the age, and stubs for new claimants, the author included', () => {
    expect(draft.exclusions.map((e) => [e.text, e.reason])).toEqual([
      ['2025', 'calendar_date'],
      ['58-year-old', 'biographical'],
    ]);
    // "the 58-year-old engineer" is the last person who spoke; the imports sentence names no one, so it is the
    // author's, who is not in claimants.yaml either.
    expect(byValue.get('between 3,000 and 4,000')?.claimant).toBe('mykola-petrenko');
    expect(draft.claimantStubs).toEqual([
      { slug: 'mykola-petrenko', name: 'Mykola Petrenko' },
      { slug: 'jane-reporter', name: 'Jane Reporter' },
    ]);
    expect(byValue.get('300')?.note).toBe('Draft: no attribution found; the author’s by default');
  });
});
