import {
  cardinalWords,
  ordinalWords,
  scaleWordPowers,
  superlativeWords,
} from '@/lib/numbers/parse-stated-value';
import { toCodePoints } from '@/lib/text/code-points';

export interface NumberMention {
  start: number;
  end: number;
  text: string;
}

interface Token {
  kind: 'word' | 'space' | 'symbol';
  text: string;
  lower: string;
  start: number;
  end: number;
}

const alphanumeric = /[\p{L}\p{M}\p{N}]/u;
const asciiDigit = /[0-9]/;
const horizontalSpace = /[ \t\u00a0\u2009\u202f]/;

const currencySymbols = new Set(['$', '£', '€', '₴', '₽']);
const hyphens = new Set(['-', '\u2010', '\u2011']);
const numeralJoiners = new Set([':', '/']);
const unitSymbols = new Set([
  'km2',
  'km²',
  'km',
  'm',
  'mm',
  'cm',
  'kg',
  'mi',
  'ft',
  'gw',
  'mw',
  'kw',
  'gwh',
  'mwh',
  'twh',
]);
const spacedSuffixes = new Set(['percent', ...unitSymbols]);
const perWord = new Set(['per']);
const centWord = new Set(['cent']);
const pluralScales = new Set(['hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens']);
const fractionWords = new Set([
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'sixth',
  'sixths',
  'seventh',
  'sevenths',
  'eighth',
  'eighths',
  'ninth',
  'ninths',
  'tenth',
  'tenths',
]);
// Ordinals such as "third" or "fifth" only count after "a", "one", "two"…, where they are fractions.
const startingWords = new Set([
  ...cardinalWords.keys(),
  ...scaleWordPowers.keys(),
  ...pluralScales,
  'dozen',
  'half',
  'quarter',
  'quarters',
  'double',
  'twice',
  'triple',
]);
const continuingWords = new Set([
  ...cardinalWords.keys(),
  ...scaleWordPowers.keys(),
  'dozen',
  ...fractionWords,
]);
const articleTargets = new Set([...scaleWordPowers.keys(), 'dozen', ...fractionWords]);

function tokenize(chars: readonly string[]): Token[] {
  const at = (index: number): string => chars[index] ?? '';
  const isGroupSeparator = (index: number): boolean =>
    (at(index) === ',' || at(index) === '.') &&
    asciiDigit.test(at(index - 1)) &&
    asciiDigit.test(at(index + 1));
  const tokens: Token[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    let kind: Token['kind'] = 'symbol';
    if (alphanumeric.test(at(start))) {
      kind = 'word';
      while (end < chars.length && (alphanumeric.test(at(end)) || isGroupSeparator(end))) end++;
    } else if (horizontalSpace.test(at(start))) {
      kind = 'space';
      while (end < chars.length && horizontalSpace.test(at(end))) end++;
    }
    const text = chars.slice(start, end).join('');
    tokens.push({ kind, text, lower: text.toLowerCase(), start, end });
    start = end;
  }
  return tokens;
}

class TokenList {
  constructor(private readonly tokens: readonly Token[]) {}

  get length(): number {
    return this.tokens.length;
  }

  token(index: number): Token | undefined {
    return this.tokens[index];
  }

  lower(index: number): string {
    return this.tokens[index]?.lower ?? '';
  }

  isNumeral(index: number): boolean {
    const token = this.tokens[index];
    return token?.kind === 'word' && asciiDigit.test(token.text) && !unitSymbols.has(token.lower);
  }

  isLetters(index: number): boolean {
    const token = this.tokens[index];
    return token?.kind === 'word' && !asciiDigit.test(token.text);
  }

  isSpace(index: number): boolean {
    return this.tokens[index]?.kind === 'space';
  }

  isHyphen(index: number): boolean {
    return hyphens.has(this.lower(index));
  }

  linkedWord(index: number, viaHyphen = true): number | null {
    const joined = this.isSpace(index + 1) || (viaHyphen && this.isHyphen(index + 1));
    return joined && this.isLetters(index + 2) ? index + 2 : null;
  }

  followedBySpaced(index: number, words: { has(word: string): boolean }): boolean {
    return this.isSpace(index + 1) && words.has(this.lower(index + 2));
  }
}

function matchFigure(tokens: TokenList, index: number): number | null {
  let last = index;
  if (tokens.lower(index) === 'us' && tokens.lower(index + 1) === '$' && tokens.isNumeral(index + 2))
    last += 2;
  else if (currencySymbols.has(tokens.lower(index)) && tokens.isNumeral(index + 1)) last += 1;
  else if (tokens.isLetters(index) && tokens.isHyphen(index + 1) && tokens.isNumeral(index + 2)) last += 2;
  else if (!tokens.isNumeral(index)) return null;
  while (numeralJoiners.has(tokens.lower(last + 1)) && tokens.isNumeral(last + 2)) last += 2;
  while (tokens.followedBySpaced(last, scaleWordPowers)) last += 2;
  return matchSuffixes(tokens, last);
}

// A bare ordinal ("the third point") is a position in the text, but before a superlative it ranks something in the world.
function matchRank(tokens: TokenList, index: number): number | null {
  if (!tokens.isLetters(index) || !ordinalWords.has(tokens.lower(index))) return null;
  const next = tokens.linkedWord(index);
  return next !== null && superlativeWords.has(tokens.lower(next)) ? next : null;
}

function chainStart(tokens: TokenList, index: number): number | null {
  const word = tokens.lower(index);
  if ((word === 'a' || word === 'an') && tokens.followedBySpaced(index, articleTargets)) return index + 2;
  if (word === 'tens' && tokens.lower(index + 2) === 'of' && tokens.followedBySpaced(index + 2, pluralScales))
    return index + 4;
  return tokens.isLetters(index) && startingWords.has(word) ? index : null;
}

function chainContinuation(tokens: TokenList, last: number): number | null {
  const current = tokens.lower(last);
  const next = tokens.linkedWord(last);
  if (next === null) return null;
  const nextWord = tokens.lower(next);
  if (continuingWords.has(nextWord) && !pluralScales.has(current)) return next;
  const afterNext = tokens.linkedWord(next, false);
  if (afterNext === null) return null;
  const wordAfter = tokens.lower(afterNext);
  if (nextWord === 'and' && scaleWordPowers.has(current) && cardinalWords.has(wordAfter)) return afterNext;
  if (nextWord === 'of' && pluralScales.has(current) && pluralScales.has(wordAfter)) return afterNext;
  if (nextWord === 'a' && current === 'half' && scaleWordPowers.has(wordAfter)) return afterNext;
  return null;
}

function matchNumberWords(tokens: TokenList, index: number): number | null {
  let last = chainStart(tokens, index);
  if (last === null) return null;
  for (let next = chainContinuation(tokens, last); next !== null; next = chainContinuation(tokens, last)) {
    last = next;
  }
  return matchSuffixes(tokens, last);
}

function matchSuffixes(tokens: TokenList, index: number): number {
  let last = index;
  if (tokens.lower(last + 1) === '%') last += 1;
  else if (tokens.followedBySpaced(last, spacedSuffixes)) last += 2;
  else if (tokens.followedBySpaced(last, perWord) && tokens.followedBySpaced(last + 2, centWord)) last += 4;
  while (tokens.isHyphen(last + 1) && tokens.isLetters(last + 2)) last += 2;
  return last;
}

export function findNumberMentions(text: string): NumberMention[] {
  const chars = toCodePoints(text);
  const tokens = new TokenList(tokenize(chars));
  const mentions: NumberMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const last = matchFigure(tokens, index) ?? matchRank(tokens, index) ?? matchNumberWords(tokens, index);
    const first = tokens.token(index);
    const final = last === null ? undefined : tokens.token(last);
    if (last === null || !first || !final) {
      index += 1;
      continue;
    }
    mentions.push({ start: first.start, end: final.end, text: chars.slice(first.start, final.end).join('') });
    index = last + 1;
  }
  return mentions;
}
