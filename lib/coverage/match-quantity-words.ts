import { cardinalWords, onlyDeterminers, scaleWordPowers, zeroWords } from '@/lib/numbers/parse-stated-value';
import { monthNames, weekdayNames } from '@/lib/text/calendar-names';
import type { MentionKind } from './find-number-mentions';
import type { TokenList } from './mention-tokens';

/** Token positions of a mention (first and last, inclusive) and what kind of expression it is. */
export interface MentionMatch {
  first: number;
  last: number;
  kind: MentionKind;
}

export type MentionMatcher = (tokens: TokenList, index: number) => MentionMatch | null;

/** "hundreds", "dozens": a count without a number, read as the least it can mean. */
export const pluralScales: ReadonlySet<string> = new Set([
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'trillions',
  'dozens',
]);

const timeUnits = new Set([
  'day',
  'week',
  'fortnight',
  'month',
  'year',
  'decade',
  'century',
  'weekend',
  'night',
  'morning',
  'afternoon',
  'evening',
  'summer',
  'winter',
  'spring',
  'autumn',
]);
const clockUnits = new Set(['hour', 'minute']);
// Month and day names count only capitalised, so the modal "may" and "march" the verb are left alone.
const namedTimes = new Set([...monthNames, ...weekdayNames].map((name) => name.toLowerCase()));
const relativeDeterminers = new Set([
  'last',
  'next',
  'this',
  'past',
  'coming',
  'previous',
  'following',
  'that',
  'same',
]);
const deicticDays = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
const relativeAfter = new Set(['ago', 'earlier', 'later', 'before', 'after', 'hence']);
// "a month" within this many words after a number is that number's rate ("US$20 billion of arms a year").
const rateReach = 4;
const numberWords = new Set([...cardinalWords.keys(), ...scaleWordPowers.keys(), 'dozen', 'half']);

// "no longer", "no matter", "no doubt", "no sooner" and the comparators "no more/less/fewer (than)" count nothing.
const notCountedAfterNo = new Set(['longer', 'matter', 'doubt', 'sooner', 'more', 'less', 'fewer']);

const frequencyWords = new Set([
  'hourly',
  'daily',
  'nightly',
  'weekly',
  'fortnightly',
  'monthly',
  'quarterly',
  'yearly',
  'annual',
  'annually',
]);
const timesWords = new Set(['once', 'twice', 'thrice']);
const rateArticles = new Set(['a', 'an', 'per', 'every', 'each']);

const vagueWords = new Set(['several', 'many', 'numerous', 'countless', 'few', 'multiple']);
// "as many … as", "as few as 5" compare; the count, if any, is elsewhere.
const comparativeAs = new Set(['as']);
const vagueAfterArticle = new Set(['few', 'handful', 'couple']);
const vagueBeforeOf = new Set(['lots', 'scores']);
const vagueAfterArticleBeforeOf = new Set(['lot', 'number']);
const scaleWords = new Set([...scaleWordPowers.keys(), ...pluralScales, 'dozen']);

const articles = new Set(['a', 'an']);
const oneWord = new Set(['one']);
const onlyWord = new Set(['only']);
const singleWord = new Set(['single']);
const ofWord = new Set(['of']);
const frequencyUnits = new Set([...timeUnits, ...clockUnits]);

function isTimeUnit(tokens: TokenList, index: number, units: ReadonlySet<string> = timeUnits): boolean {
  const word = tokens.lower(index);
  return (
    tokens.isLetters(index) && (units.has(word) || (namedTimes.has(word) && tokens.isCapitalised(index)))
  );
}

/** "last year", "this week", "last December", "that day", "yesterday", "a year ago". */
export const matchRelativeTime: MentionMatcher = (tokens, index) => {
  if (!tokens.isLetters(index)) return null;
  const word = tokens.lower(index);
  if (deicticDays.has(word)) return { first: index, last: index, kind: 'relative_time' };
  const next = tokens.linkedWord(index, false);
  if (next === null || !isTimeUnit(tokens, next)) return null;
  if (relativeDeterminers.has(word)) return { first: index, last: next, kind: 'relative_time' };
  if (articles.has(word) && tokens.followedBySpaced(next, relativeAfter))
    return { first: index, last: next + 2, kind: 'relative_time' };
  return null;
};

/** A number a few words back in the same clause, whose rate "a day" would be: "200 missiles a month". */
function followsNumber(tokens: TokenList, index: number): boolean {
  let words = 0;
  for (let at = index - 1; at >= 0 && words < rateReach; at--) {
    const token = tokens.token(at);
    if (!token || (token.kind === 'symbol' && token.text !== '%' && !tokens.isHyphen(at))) return false;
    if (tokens.isNumeral(at) || numberWords.has(token.lower) || pluralScales.has(token.lower)) return true;
    if (token.kind === 'word') words += 1;
  }
  return false;
}

// The article stands for "one", as in "a hundred": "end the war in a day", "the talks lasted a week".
export const matchArticleTime: MentionMatcher = (tokens, index) => {
  if (!articles.has(tokens.lower(index)) || followsNumber(tokens, index)) return null;
  const next = tokens.linkedWord(index, false);
  if (next === null) return null;
  const unit = tokens.lower(next);
  return timeUnits.has(unit) || clockUnits.has(unit)
    ? { first: index, last: next, kind: 'number_words' }
    : null;
};

/** "none", "nothing", "nobody", "no one", "not a single", and "no" before a noun ("produced no ammunition"). */
export const matchZero: MentionMatcher = (tokens, index) => {
  if (!tokens.isLetters(index)) return null;
  const word = tokens.lower(index);
  if (zeroWords.has(word)) return { first: index, last: index, kind: 'zero' };
  if (word === 'not' && tokens.followedBySpaced(index, articles) && tokens.lower(index + 4) === 'single')
    return tokens.isSpace(index + 3) ? { first: index, last: index + 4, kind: 'zero' } : null;
  if (word !== 'no') return null;
  // "No," and "no-fly" are not a determiner before a word.
  const next = tokens.linkedWord(index, false);
  if (next === null || notCountedAfterNo.has(tokens.lower(next))) return null;
  return { first: index, last: tokens.lower(next) === 'one' ? next : index, kind: 'zero' };
};

/** "the only", "Ukraine’s only", "a single", "sole", "first ever", "for the first time". */
export const matchUniqueness: MentionMatcher = (tokens, index) => {
  if (!tokens.isLetters(index)) return null;
  const word = tokens.lower(index);
  const withOne = (last: number): number => (tokens.followedBySpaced(last, oneWord) ? last + 2 : last);
  if (onlyDeterminers.has(word) && tokens.followedBySpaced(index, onlyWord))
    return { first: index, last: withOne(index + 2), kind: 'uniqueness' };
  if (word === 'only' && tokens.isSpace(index - 1) && tokens.isPossessive(index - 2))
    return { first: index, last: withOne(index), kind: 'uniqueness' };
  if (articles.has(word) && tokens.followedBySpaced(index, singleWord))
    return { first: index, last: index + 2, kind: 'uniqueness' };
  if (word === 'single' || word === 'sole') return { first: index, last: index, kind: 'uniqueness' };
  if (word !== 'first') return null;
  const next = tokens.linkedWord(index);
  if (next === null) return null;
  const nextWord = tokens.lower(next);
  const previous = tokens.previousWord(index);
  const firstTime =
    nextWord === 'time' && tokens.isSpace(index + 1) && previous !== null && tokens.lower(previous) === 'the';
  return nextWord === 'ever' || firstTime ? { first: index, last: next, kind: 'uniqueness' } : null;
};

/** "daily", "annual", "every week", "each other month", "twice a year". */
export const matchFrequency: MentionMatcher = (tokens, index) => {
  if (!tokens.isLetters(index)) return null;
  const word = tokens.lower(index);
  if (frequencyWords.has(word)) return { first: index, last: index, kind: 'frequency' };
  if (word === 'every' || word === 'each') {
    let next = tokens.linkedWord(index, false);
    if (next !== null && (tokens.lower(next) === 'other' || tokens.lower(next) === 'single'))
      next = tokens.linkedWord(next, false);
    return next !== null && isTimeUnit(tokens, next, frequencyUnits)
      ? { first: index, last: next, kind: 'frequency' }
      : null;
  }
  if (!timesWords.has(word) || !tokens.followedBySpaced(index, rateArticles)) return null;
  const unit = tokens.linkedWord(index + 2, false);
  return unit !== null && isTimeUnit(tokens, unit, frequencyUnits)
    ? { first: index, last: unit, kind: 'frequency' }
    : null;
};

/** "several", "many", "a few", "a handful", "lots of", "a number of", and a scale after them ("a few hundred"). */
export const matchVagueCount: MentionMatcher = (tokens, index) => {
  if (!tokens.isLetters(index)) return null;
  const word = tokens.lower(index);
  let last: number | null = null;
  if (vagueWords.has(word) && !tokens.precededBySpaced(index, comparativeAs)) last = index;
  else if (vagueBeforeOf.has(word) && tokens.followedBySpaced(index, ofWord)) last = index;
  else if (articles.has(word) && tokens.isSpace(index + 1)) {
    const next = tokens.lower(index + 2);
    if (vagueAfterArticle.has(next)) last = index + 2;
    else if (vagueAfterArticleBeforeOf.has(next) && tokens.followedBySpaced(index + 2, ofWord))
      last = index + 2;
  }
  if (last === null) return null;
  while (tokens.followedBySpaced(last, scaleWords)) last += 2;
  return { first: index, last, kind: 'vague_count' };
};
