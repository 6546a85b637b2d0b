import {
  cardinalWords,
  ordinalWords,
  scaleWordPowers,
  superlativeWords,
} from '@/lib/numbers/parse-stated-value';
import { toCodePoints } from '@/lib/text/code-points';
import {
  matchArticleTime,
  matchFrequency,
  matchRelativeTime,
  matchUniqueness,
  matchVagueCount,
  matchZero,
  pluralScales,
  type MentionMatch,
  type MentionMatcher,
} from './match-quantity-words';
import { tokenize, TokenList, unitSymbols } from './mention-tokens';

/** How a quantity is written: with digits, in number words, as a rank, or without any number at all. */
export const mentionKinds = [
  'digits',
  'number_words',
  'rank',
  'relative_time',
  'zero',
  'uniqueness',
  'frequency',
  'vague_count',
] as const;

export type MentionKind = (typeof mentionKinds)[number];

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
}

const currencySymbols = new Set(['$', '£', '€', '₴', '₽']);
const numeralJoiners = new Set([':', '/']);
const spacedSuffixes = new Set(['percent', ...unitSymbols]);
const perWord = new Set(['per']);
const centWord = new Set(['cent']);
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

function figureEnd(tokens: TokenList, index: number): number | null {
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
function rankEnd(tokens: TokenList, index: number): number | null {
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

function numberWordsEnd(tokens: TokenList, index: number): number | null {
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

function matching(kind: (tokens: TokenList, index: number) => MentionKind, end: typeof figureEnd) {
  return (tokens: TokenList, index: number): MentionMatch | null => {
    const last = end(tokens, index);
    return last === null ? null : { first: index, last, kind: kind(tokens, index) };
  };
}

// "zero" and the plural scales ("dozens", "tens of thousands") are number words, but say none or no exact count.
function numberWordsKind(tokens: TokenList, index: number): MentionKind {
  const word = tokens.lower(index);
  if (word === 'zero') return 'zero';
  return pluralScales.has(word) || word === 'tens' ? 'vague_count' : 'number_words';
}

// Tried in order at each word; the first that matches takes the words it spans.
const matchers: readonly MentionMatcher[] = [
  matching(() => 'digits', figureEnd),
  matching(() => 'rank', rankEnd),
  matchFrequency,
  matching(numberWordsKind, numberWordsEnd),
  matchRelativeTime,
  matchArticleTime,
  matchZero,
  matchUniqueness,
  matchVagueCount,
];

/**
 * Every mention of a quantity in a text, in order and without overlap: numbers in digits or words, ranks, and
 * quantities written without a number (relative time, zero or none, uniqueness, frequency, vague counts).
 */
export function findNumberMentions(text: string): NumberMention[] {
  const chars = toCodePoints(text);
  const tokens = new TokenList(tokenize(chars));
  const mentions: NumberMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    let match: MentionMatch | null = null;
    for (const matcher of matchers) {
      match = matcher(tokens, index);
      if (match) break;
    }
    const first = match ? tokens.token(match.first) : undefined;
    const final = match ? tokens.token(match.last) : undefined;
    if (!match || !first || !final) {
      index += 1;
      continue;
    }
    mentions.push({
      start: first.start,
      end: final.end,
      text: chars.slice(first.start, final.end).join(''),
      kind: match.kind,
    });
    index = match.last + 1;
  }
  return mentions;
}
