import type { NumberMention } from '@/lib/coverage/find-number-mentions';
import type { SourceSeed } from '@/lib/seed/seed-schema';
import { monthNames, shortMonthNames } from '@/lib/text/calendar-names';

type Reason = SourceSeed['excluded_mentions'][number]['reason'];

const months = `(?:${[...monthNames, ...shortMonthNames].join('|')})`;

/**
 * Why a mention is probably no figure, from its words and what is around it: a date, an age, a position in a
 * sequence, part of a name, a vague amount; null when it looks like a quantity to draft.
 */
export function guessExclusion(
  mention: Pick<NumberMention, 'text' | 'kind'>,
  before: string,
  after: string,
): { reason: Reason; note: string } | null {
  const text = mention.text;
  if (mention.kind === 'relative_time') return { reason: 'calendar_date', note: 'relative date' };
  if (mention.kind === 'vague_count') return { reason: 'vague', note: 'an amount with no value to check' };
  if (mention.kind === 'uniqueness' || mention.kind === 'frequency')
    return { reason: 'not_a_quantity', note: 'check: a word the finder reads that may count nothing here' };
  if (/^(?:1[89]|20)\d\d$/.test(text)) return { reason: 'calendar_date', note: `the year ${text}` };
  if (
    /^\d{1,2}$/.test(text) &&
    (new RegExp(`${months}\\s*$`).test(before) || new RegExp(`^\\s*${months}\\b`).test(after))
  )
    return { reason: 'calendar_date', note: 'a day of the month' };
  if (/year-old$/.test(text) || /\b(?:aged|age of)\s*$/i.test(before) || /^\s*years? old\b/.test(after))
    return { reason: 'biographical', note: 'an age' };
  if (/\d(?:th|st|nd|rd)$/.test(text)) return { reason: 'ordinal', note: 'a position in a sequence' };
  if (/\p{L}\d|\d-?mm$/u.test(text)) return { reason: 'part_of_name', note: 'digits in a name' };
  return null;
}
