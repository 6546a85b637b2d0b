import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumberMentions } from '@/lib/coverage/find-number-mentions';

const documentsDirectory = path.join(__dirname, '../../seeds/documents');

function texts(text: string): string[] {
  return findNumberMentions(text).map((mention) => mention.text);
}

describe('finding every number mention in an article', () => {
  it('keeps thousands separators, decimals and the % sign in one mention', () => {
    expect(findNumberMentions('Losses of 1,500 a day and 0.6% more.')).toEqual([
      { start: 10, end: 15, text: '1,500' },
      { start: 26, end: 30, text: '0.6%' },
    ]);
  });

  it('takes in a spelled-out percent', () => {
    expect(findNumberMentions('50 percent, 20 per cent and 30 per day')).toEqual([
      { start: 0, end: 10, text: '50 percent' },
      { start: 12, end: 23, text: '20 per cent' },
      { start: 28, end: 30, text: '30' },
    ]);
  });

  it('joins a currency prefix and a following scale word to the digits', () => {
    expect(findNumberMentions('US$20 billion, $119\u00a0billion, £245 billion, €100,000.')).toEqual([
      { start: 0, end: 13, text: 'US$20 billion' },
      { start: 15, end: 27, text: '$119\u00a0billion' },
      { start: 29, end: 41, text: '£245 billion' },
      { start: 43, end: 51, text: '€100,000' },
    ]);
    expect(texts('1.5 million tonnes')).toEqual(['1.5 million']);
  });

  it('takes in a unit symbol after a space, but leaves spelled-out units to the figure', () => {
    expect(findNumberMentions('seized 4168 km2, not 584 km2 or 108,000 square kilometers')).toEqual([
      { start: 7, end: 15, text: '4168 km2' },
      { start: 21, end: 28, text: '584 km2' },
      { start: 32, end: 39, text: '108,000' },
    ]);
  });

  it('takes in hyphen compounds, however many parts', () => {
    expect(
      findNumberMentions('155-mm guns, a 30-day truce, a 300-kilometre range, a 44-year-old miner'),
    ).toEqual([
      { start: 0, end: 6, text: '155-mm' },
      { start: 15, end: 21, text: '30-day' },
      { start: 31, end: 44, text: '300-kilometre' },
      { start: 54, end: 65, text: '44-year-old' },
    ]);
  });

  it('reads each side of a ratio range, or of any range, as its own mention', () => {
    expect(findNumberMentions('at 5:1 to 7:1, even 12:1')).toEqual([
      { start: 3, end: 6, text: '5:1' },
      { start: 10, end: 13, text: '7:1' },
      { start: 20, end: 24, text: '12:1' },
    ]);
    expect(texts('from 25 to 20, in 2014-2022')).toEqual(['25', '20', '2014', '2022']);
  });

  it('lists years, decades, digit ordinals and digits in names, for the exclusion pass to mark', () => {
    expect(findNumberMentions('In 2024, as in the 1990s, on the 11th, the G8 bought F-16 jets.')).toEqual([
      { start: 3, end: 7, text: '2024' },
      { start: 19, end: 24, text: '1990s' },
      { start: 33, end: 37, text: '11th' },
      { start: 43, end: 45, text: 'G8' },
      { start: 53, end: 57, text: 'F-16' },
    ]);
  });

  it('reads multi-word and hyphenated number words as one mention, without the unit word', () => {
    expect(
      findNumberMentions(
        'eleven years, twenty-five tanks, one million troops, a hundred guns, seven times more',
      ),
    ).toEqual([
      { start: 0, end: 6, text: 'eleven' },
      { start: 14, end: 25, text: 'twenty-five' },
      { start: 33, end: 44, text: 'one million' },
      { start: 53, end: 62, text: 'a hundred' },
      { start: 69, end: 74, text: 'seven' },
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
      { start: 5, end: 8, text: '700' },
      { start: 16, end: 37, text: 'hundreds of thousands' },
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
    expect(texts('Someone often stood alone; none did. One risk is one of many.')).toEqual(['One', 'one']);
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
    expect(mention).toEqual({ start: 11, end: 24, text: 'US$20 billion' });
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
