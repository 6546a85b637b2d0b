import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumberMentions } from '@/lib/coverage/find-number-mentions';

const documentsDirectory = path.join(__dirname, '../../seeds/documents');

function texts(text: string): string[] {
  return findNumberMentions(text).map((mention) => mention.text);
}

function kinds(text: string): [string, string][] {
  return findNumberMentions(text).map((mention) => [mention.text, mention.kind]);
}

describe('finding every number mention in an article', () => {
  it('keeps thousands separators, decimals and the % sign in one mention', () => {
    expect(findNumberMentions('Losses of 1,500 a day and 0.6% more.')).toEqual([
      { start: 10, end: 15, text: '1,500', kind: 'digits' },
      { start: 26, end: 30, text: '0.6%', kind: 'digits' },
    ]);
  });

  it('takes in a spelled-out percent', () => {
    expect(findNumberMentions('50 percent, 20 per cent and 30 per day')).toEqual([
      { start: 0, end: 10, text: '50 percent', kind: 'digits' },
      { start: 12, end: 23, text: '20 per cent', kind: 'digits' },
      { start: 28, end: 30, text: '30', kind: 'digits' },
    ]);
  });

  it('joins a currency prefix and a following scale word to the digits', () => {
    expect(findNumberMentions('US$20 billion, $119\u00a0billion, £245 billion, €100,000.')).toEqual([
      { start: 0, end: 13, text: 'US$20 billion', kind: 'digits' },
      { start: 15, end: 27, text: '$119\u00a0billion', kind: 'digits' },
      { start: 29, end: 41, text: '£245 billion', kind: 'digits' },
      { start: 43, end: 51, text: '€100,000', kind: 'digits' },
    ]);
    expect(texts('1.5 million tonnes')).toEqual(['1.5 million']);
  });

  it('takes in a unit symbol after a space, but leaves spelled-out units to the figure', () => {
    expect(findNumberMentions('seized 4168 km2, not 584 km2 or 108,000 square kilometers')).toEqual([
      { start: 7, end: 15, text: '4168 km2', kind: 'digits' },
      { start: 21, end: 28, text: '584 km2', kind: 'digits' },
      { start: 32, end: 39, text: '108,000', kind: 'digits' },
    ]);
  });

  it('takes in hyphen compounds, however many parts', () => {
    expect(
      findNumberMentions('155-mm guns, a 30-day truce, a 300-kilometre range, a 44-year-old miner'),
    ).toEqual([
      { start: 0, end: 6, text: '155-mm', kind: 'digits' },
      { start: 15, end: 21, text: '30-day', kind: 'digits' },
      { start: 31, end: 44, text: '300-kilometre', kind: 'digits' },
      { start: 54, end: 65, text: '44-year-old', kind: 'digits' },
    ]);
  });

  it('reads each side of a ratio range, or of any range, as its own mention', () => {
    expect(findNumberMentions('at 5:1 to 7:1, even 12:1')).toEqual([
      { start: 3, end: 6, text: '5:1', kind: 'digits' },
      { start: 10, end: 13, text: '7:1', kind: 'digits' },
      { start: 20, end: 24, text: '12:1', kind: 'digits' },
    ]);
    expect(texts('from 25 to 20, in 2014-2022')).toEqual(['25', '20', '2014', '2022']);
  });

  it('lists years, decades, digit ordinals and digits in names, for the exclusion pass to mark', () => {
    expect(findNumberMentions('In 2024, as in the 1990s, on the 11th, the G8 bought F-16 jets.')).toEqual([
      { start: 3, end: 7, text: '2024', kind: 'digits' },
      { start: 19, end: 24, text: '1990s', kind: 'digits' },
      { start: 33, end: 37, text: '11th', kind: 'digits' },
      { start: 43, end: 45, text: 'G8', kind: 'digits' },
      { start: 53, end: 57, text: 'F-16', kind: 'digits' },
    ]);
  });

  it('reads multi-word and hyphenated number words as one mention, without the unit word', () => {
    expect(
      findNumberMentions(
        'eleven years, twenty-five tanks, one million troops, a hundred guns, seven times more',
      ),
    ).toEqual([
      { start: 0, end: 6, text: 'eleven', kind: 'number_words' },
      { start: 14, end: 25, text: 'twenty-five', kind: 'number_words' },
      { start: 33, end: 44, text: 'one million', kind: 'number_words' },
      { start: 53, end: 62, text: 'a hundred', kind: 'number_words' },
      { start: 69, end: 74, text: 'seven', kind: 'number_words' },
    ]);
  });

  it('reads longer number-word phrases as one mention', () => {
    expect(
      texts('tens of thousands, half a million, one hundred and fifty, a dozen, dozens of them'),
    ).toEqual(['tens of thousands', 'half a million', 'one hundred and fifty', 'a dozen', 'dozens']);
  });

  it('takes in hyphen compounds after number words too, even where the phrase is idiom', () => {
    expect(texts('a three-day pause, a four-year shelf-life, half-baked plans, a zero-sum game')).toEqual([
      'three-day',
      'four-year',
      'half-baked',
      'zero-sum',
    ]);
  });

  it('keeps numbers joined by a slash or colon together', () => {
    expect(texts('on 25/10/2024, open 24/7')).toEqual(['25/10/2024', '24/7']);
  });

  it('reads "hundreds of thousands" as one mention', () => {
    expect(findNumberMentions('only 700 of the hundreds of thousands of Ukrainians')).toEqual([
      { start: 5, end: 8, text: '700', kind: 'digits' },
      { start: 16, end: 37, text: 'hundreds of thousands', kind: 'vague_count' },
    ]);
  });

  it('finds fractions and multiples', () => {
    expect(
      texts(
        'half the proceeds, a third of it, a quarter, two thirds, double pay, twice as many, triple the wage',
      ),
    ).toEqual(['half', 'a third', 'a quarter', 'two thirds', 'double', 'twice', 'triple']);
  });

  it('finds number words as whole words only, and a number word used as a pronoun too', () => {
    expect(kinds('Someone often stood alone; none did. One risk is one of many.')).toEqual([
      ['none', 'zero'],
      ['One', 'number_words'],
      ['one', 'number_words'],
      ['many', 'vague_count'],
    ]);
  });

  it('leaves out "once" and word ordinals other than a fraction or a rank', () => {
    expect(texts('It happened once, in his first term; the second and third points failed.')).toEqual([]);
    expect(texts('the world’s third largest arsenal, a third of it')).toEqual(['third largest', 'a third']);
    expect(texts('its second-biggest port, the fifth most populous city, the first day')).toEqual([
      'second-biggest',
      'fifth most',
    ]);
  });

  it('counts offsets in code points, past curly quotes, a flag emoji and a no-break space', () => {
    const text = '“🇺🇦 Kyiv’s\u00a0US$20 billion”';
    const [mention] = findNumberMentions(text);
    expect(mention).toEqual({ start: 11, end: 24, text: 'US$20 billion', kind: 'digits' });
    expect(text.indexOf('US$')).toBe(13);
  });

  it('finds the figures of a real article, with its no-break spaces kept as written', () => {
    const text = readFileSync(path.join(documentsDirectory, '002_ba60962b0478ce8e.txt'), 'utf8');
    const found = texts(text);
    const expected = [
      '430,790',
      '5:1',
      '7:1',
      '4168\u00a0km2',
      '584\u00a0km2',
      '18%',
      'hundreds of thousands',
      'one million',
    ];
    for (const mention of expected) {
      expect(found).toContain(mention);
    }
  });

  it.each(readdirSync(documentsDirectory).filter((file) => file.endsWith('.txt')))(
    'gives offsets that slice back to each mention, in order and without overlap: %s',
    (file) => {
      const text = readFileSync(path.join(documentsDirectory, file), 'utf8');
      const codePoints = Array.from(text);
      const mentions = findNumberMentions(text);
      expect(mentions.length).toBeGreaterThan(0);
      let previousEnd = 0;
      for (const mention of mentions) {
        expect(codePoints.slice(mention.start, mention.end).join('')).toBe(mention.text);
        expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = mention.end;
      }
    },
  );
});

describe('finding quantities written without a number', () => {
  it('labels numbers by how they are written: digits, number words, a rank', () => {
    expect(
      kinds('1,500 drones, twenty-five tanks, a third of it, the world’s third largest arsenal'),
    ).toEqual([
      ['1,500', 'digits'],
      ['twenty-five', 'number_words'],
      ['a third', 'number_words'],
      ['third largest', 'rank'],
    ]);
  });

  it('finds time counted back or forward from the writing: last week, this year, a year ago, yesterday', () => {
    expect(
      kinds(
        'He called last week; this year, as since last December, and next month. A week ago, later that day, yesterday and today.',
      ),
    ).toEqual([
      ['last week', 'relative_time'],
      ['this year', 'relative_time'],
      ['last December', 'relative_time'],
      ['next month', 'relative_time'],
      ['A week ago', 'relative_time'],
      ['that day', 'relative_time'],
      ['yesterday', 'relative_time'],
      ['today', 'relative_time'],
    ]);
    expect(kinds('over the past year, the same day, a month later')).toEqual([
      ['past year', 'relative_time'],
      ['same day', 'relative_time'],
      ['a month later', 'relative_time'],
    ]);
  });

  it('leaves "two weeks ago" to its number, and finds no amount in vague or named times', () => {
    expect(kinds('two weeks ago, the past two years')).toEqual([
      ['two', 'number_words'],
      ['two', 'number_words'],
    ]);
    expect(
      texts(
        'Recently, and soon, now as long ago; in recent years, at last, this time, the last of them, the fall of the town, in July, on Tuesday, so that may change.',
      ),
    ).toEqual([]);
  });

  it('reads "a" before a length of time as one, but not a rate’s denominator', () => {
    expect(
      kinds(
        'end the war in a day, a call of over an hour and a half, in just over a month; talks lasted a week',
      ),
    ).toEqual([
      ['a day', 'number_words'],
      ['an hour', 'number_words'],
      ['a half', 'number_words'],
      ['a month', 'number_words'],
      ['a week', 'number_words'],
    ]);
    expect(texts('200 missiles a month, US$20 billion of arms a year, two-thirds of them a year')).toEqual([
      '200',
      'US$20 billion',
      'two-thirds',
    ]);
  });

  it('finds zero and none: "none", "nothing", "nobody", "no one", "not a single", and "no" before a word', () => {
    expect(
      kinds(
        'It produced no ammunition; none came, nothing left, nobody knew, no one knows, not a single tank, zero.',
      ),
    ).toEqual([
      ['no', 'zero'],
      ['none', 'zero'],
      ['nothing', 'zero'],
      ['nobody', 'zero'],
      ['no one', 'zero'],
      ['not a single', 'zero'],
      ['zero', 'zero'],
    ]);
  });

  it('leaves "no" alone where it counts nothing: no longer, no matter, no more than, an answer, a compound', () => {
    expect(
      texts(
        'No, it is no longer a question, no matter who wins, no doubt, no less than 5, a no-fly zone; never, neither this nor that.',
      ),
    ).toEqual(['5']);
  });

  it('finds uniqueness: "the only", a possessive’s "only", "a single", "sole", "first ever", "for the first time"', () => {
    expect(
      kinds(
        'the only enterprise, Ukraine’s only port, its only one, a single shell, the sole supplier, a first-ever summit, for the first time',
      ),
    ).toEqual([
      ['the only', 'uniqueness'],
      ['only', 'uniqueness'],
      ['its only one', 'uniqueness'],
      ['a single', 'uniqueness'],
      ['sole', 'uniqueness'],
      ['first-ever', 'uniqueness'],
      ['first time', 'uniqueness'],
    ]);
  });

  it('leaves "only" as a limiter and "first" as a bare ordinal to what they qualify', () => {
    expect(
      kinds('attracted only 700; he can only help; Only one man; his first term; the first day'),
    ).toEqual([
      ['700', 'digits'],
      ['one', 'number_words'],
    ]);
  });

  it('finds frequency: "daily", "annual", "every week", "every other month", "twice a year", "once per day"', () => {
    expect(
      kinds('daily strikes, an annual contract, every week, every other month, twice a year, once per day'),
    ).toEqual([
      ['daily', 'frequency'],
      ['annual', 'frequency'],
      ['every week', 'frequency'],
      ['every other month', 'frequency'],
      ['twice a year', 'frequency'],
      ['once per day', 'frequency'],
    ]);
  });

  it('leaves "once" alone and reads "twice" without a period as a multiple', () => {
    expect(kinds('once again, it happened once, his every move, twice as many')).toEqual([
      ['twice', 'number_words'],
    ]);
  });

  it('finds vague counts, with a scale word after them, and plural scales without a number', () => {
    expect(
      kinds(
        'several sources, many governments, a few days, very few planes, a handful of men, a couple of shells, lots of them, a number of states, scores of drones, dozens of times, tens of thousands, several hundred, a few thousand',
      ),
    ).toEqual([
      ['several', 'vague_count'],
      ['many', 'vague_count'],
      ['a few', 'vague_count'],
      ['few', 'vague_count'],
      ['a handful', 'vague_count'],
      ['a couple', 'vague_count'],
      ['lots', 'vague_count'],
      ['a number', 'vague_count'],
      ['scores', 'vague_count'],
      ['dozens', 'vague_count'],
      ['tens of thousands', 'vague_count'],
      ['several hundred', 'vague_count'],
      ['a few thousand', 'vague_count'],
    ]);
  });

  it('leaves proportions, comparatives and "a number" or "scores" in other senses alone', () => {
    expect(
      texts(
        'most people, some of them, all sides, both women, much more, a lot, a number he chose, he scores, as many aspects as possible',
      ),
    ).toEqual([]);
  });

  it('finds the quantities without numbers in a real article', () => {
    const text = readFileSync(path.join(documentsDirectory, '000_809bffc8118c2cfd.txt'), 'utf8');
    const found = kinds(text).map(([mention, kind]) => `${kind}: ${mention}`);
    for (const mention of [
      'number_words: a day',
      'relative_time: last week',
      'uniqueness: the only',
      'zero: no',
      'relative_time: Next year',
      'vague_count: a few',
    ]) {
      expect(found).toContain(mention);
    }
  });
});
