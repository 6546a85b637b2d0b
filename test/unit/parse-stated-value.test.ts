import { describe, expect, it } from 'vitest';
import { parseStatedValue, type ParsedValue } from '@/lib/numbers/parse-stated-value';

function single(value: number, unit: string | null = null): ParsedValue {
  return { value, low: null, high: null, unit };
}

function range(low: number, high: number, unit: string | null = null): ParsedValue {
  return { value: null, low, high, unit };
}

describe('parsing a stated value as the article wrote it', () => {
  it.each([
    ['US$20 billion', single(20_000_000_000, 'USD')],
    ['US$755 million', single(755_000_000, 'USD')],
    ['US$1.5 billion', single(1_500_000_000, 'USD')],
    ['$119 billion', single(119_000_000_000, 'USD')],
    ['$500 billion', single(500_000_000_000, 'USD')],
    ['£245 billion', single(245_000_000_000, 'GBP')],
    ['100,000 euros', single(100_000, 'EUR')],
    ['€100,000', single(100_000, 'EUR')],
    ['$119\u00a0billion', single(119_000_000_000, 'USD')],
  ])('reads money: %s', (text, expected) => {
    expect(parseStatedValue(text)).toEqual(expected);
  });

  it.each([
    ['third largest', single(3, 'rank')],
    ['second-biggest', single(2, 'rank')],
    ['3rd largest', single(3, 'rank')],
  ])('reads a rank: %s', (text, expected) => {
    expect(parseStatedValue(text)).toEqual(expected);
  });

  it('does not read a bare ordinal or an ordinal before an ordinary word as a rank', () => {
    expect(parseStatedValue('third')).toBeNull();
    expect(parseStatedValue('third point')).toBeNull();
  });

  it.each([
    ['1,500', single(1500)],
    ['430,790', single(430_790)],
    ['4168', single(4168)],
    ['0.6', single(0.6)],
    ['1.1 million', single(1_100_000)],
    ['8.8 million', single(8_800_000)],
    ['one million', single(1_000_000)],
    ['eleven', single(11)],
    ['three', single(3)],
    ['two', single(2)],
    ['twenty', single(20)],
    ['twenty-five', single(25)],
    ['a hundred', single(100)],
    ['one hundred and five', single(105)],
    ['a dozen', single(12)],
    ['half a million', single(500_000)],
  ])('reads plain numbers and number words: %s', (text, expected) => {
    expect(parseStatedValue(text)).toEqual(expected);
  });

  it.each([
    ['4168 km2', single(4168, 'km2')],
    ['584 km2', single(584, 'km2')],
    ['108,000 square kilometers', single(108_000, 'km2')],
    ['seven kilometres', single(7, 'km')],
    ['1,500 kilometres', single(1500, 'km')],
    ['300-kilometre', single(300, 'km')],
    ['600-metre', single(600, 'm')],
    ['2,000-foot', single(2000, 'ft')],
    ['4.3 miles', single(4.3, 'mi')],
    ['six gigawatts', single(6, 'GW')],
    ['350,000 tonnes', single(350_000, 'tonnes')],
    ['155-mm', single(155, 'mm')],
    ['30-day', single(30, 'days')],
    ['20 years', single(20, 'years')],
    ['18%', single(18, 'percent')],
    ['0.6%', single(0.6, 'percent')],
    ['78%', single(78, 'percent')],
  ])('reads the unit that follows or is hyphenated on: %s', (text, expected) => {
    expect(parseStatedValue(text)).toEqual(expected);
  });

  it.each([
    ['half', single(50, 'percent')],
    ['a third', single(100 / 3, 'percent')],
    ['a quarter', single(25, 'percent')],
    ['two thirds', single(200 / 3, 'percent')],
    ['double', single(2, 'times')],
    ['triple', single(3, 'times')],
    ['twice', single(2, 'times')],
    ['seven times', single(7, 'times')],
  ])('reads fractions as percent and multiples as times: %s', (text, expected) => {
    expect(parseStatedValue(text)).toEqual(expected);
  });

  it('scales decimals exactly, where multiplying floats would not', () => {
    expect(parseStatedValue('4.1 million')?.value).toBe(4_100_000);
    expect(parseStatedValue('US$8.2 billion')?.value).toBe(8_200_000_000);
    expect(parseStatedValue('16.1 thousand')?.value).toBe(16_100);
  });

  it('gives "a third" as the float 100 / 3, not a rounded 33.33', () => {
    expect(parseStatedValue('a third')?.value).toBe(33.333333333333336);
  });

  it.each([
    ['5:1', single(5, 'ratio')],
    ['12:1', single(12, 'ratio')],
    ['5:1 to 7:1', range(5, 7, 'ratio')],
    ['5 to 7', range(5, 7)],
    ['5-7', range(5, 7)],
    ['$5 billion to $7 billion', range(5_000_000_000, 7_000_000_000, 'USD')],
  ])('reads ratios and ranges: %s', (text, expected) => {
    expect(parseStatedValue(text)).toEqual(expected);
  });

  it.each([
    ['between 6,000 and 8,000', range(6_000, 8_000)],
    ['between $5 billion and $7 billion', range(5_000_000_000, 7_000_000_000, 'USD')],
    ['between 20 and 25 million', range(20_000_000, 25_000_000)],
    ['between five and seven kilometres', range(5, 7, 'km')],
    ['from 25 to 20', null],
    ['from 20 to 25 percent', range(20, 25, 'percent')],
    ['from 1,000-1,500', range(1_000, 1_500)],
    ['20 or 25', range(20, 25)],
    ['20 or possibly 18', range(18, 20)],
    ['two or three', range(2, 3)],
    ['6,000–8,000', range(6_000, 8_000)],
    ['6,000 – 8,000', range(6_000, 8_000)],
  ])('reads the range wordings editors write: %s', (text, expected) => {
    expect(parseStatedValue(text)).toEqual(expected);
  });

  it('refuses a range opener without its second end, or with the wrong joining word', () => {
    expect(parseStatedValue('between 6,000')).toBeNull();
    expect(parseStatedValue('between 6,000 to 8,000')).toBeNull();
    expect(parseStatedValue('from 6,000 and 8,000')).toBeNull();
    expect(parseStatedValue('6,000 and 8,000')).toBeNull();
    expect(parseStatedValue('20 or 20')).toBeNull();
    expect(parseStatedValue('5 km or 7 days')).toBeNull();
  });

  it('carries a scale written once to both ends of a range, only when that reads sensibly', () => {
    expect(parseStatedValue('20 to 25 million')).toEqual(range(20_000_000, 25_000_000));
    expect(parseStatedValue('500 to 2 million')).toEqual(range(500, 2_000_000));
  });

  it('ignores case and surrounding whitespace', () => {
    expect(parseStatedValue('  ONE Million\u00a0')).toEqual(single(1_000_000));
    expect(parseStatedValue('us$20 BILLION')).toEqual(single(20_000_000_000, 'USD'));
  });

  it('reads vague plurals as the least they can mean', () => {
    expect(parseStatedValue('hundreds of thousands')).toEqual({
      value: 200_000,
      low: 200_000,
      high: null,
      unit: null,
    });
    expect(parseStatedValue('millions')).toEqual({
      value: 2_000_000,
      low: 2_000_000,
      high: null,
      unit: null,
    });
    expect(parseStatedValue('dozens')).toEqual({ value: 24, low: 24, high: null, unit: null });
  });

  it.each([
    ['no', single(0)],
    ['No', single(0)],
    ['nothing', single(0)],
    ['none', single(0)],
    ['nobody', single(0)],
    ['no one', single(0)],
    ['not a\u00a0single', single(0)],
    ['the only', single(1)],
    ['The only one', single(1)],
    ['its only', single(1)],
    ['only', single(1)],
    ['a single', single(1)],
    ['sole', single(1)],
  ])('reads a count written without a number, none or one: %j', (text, expected) => {
    expect(parseStatedValue(text)).toEqual(expected);
  });

  it('reads durations in hours, with a half', () => {
    expect(parseStatedValue('an hour and a half')).toEqual(single(1.5, 'hours'));
    expect(parseStatedValue('two hours')).toEqual(single(2, 'hours'));
    expect(parseStatedValue('a day')).toEqual(single(1, 'days'));
    expect(parseStatedValue('one day')).toEqual(single(1, 'days'));
  });

  it.each([
    ['million'],
    ['a'],
    [''],
    ['   '],
    ['1,50'],
    ['1.2.3'],
    ['11th'],
    ['1990s'],
    ['one two'],
    ['one million thousand'],
    ['about 500'],
    ['800,000 troops'],
    ['US$5 km'],
    ['7 to 5'],
    ['5 km to 7 days'],
    ['no more'],
    ['nothing but'],
    ['the first'],
    ['first ever'],
    ['only two'],
  ])('refuses what is not one number it understands: %j', (text) => {
    expect(parseStatedValue(text)).toBeNull();
  });
});
