import { formatPublished } from '@/lib/format/format-date';

export interface CorrectionEntry {
  correctedOn: string;
  field: string;
  /** As the seed wrote it: a slug for a claimant or metric. */
  was: string;
  /** The name of the claimant or metric `was` names, when it still exists. */
  wasName?: string | null;
  reason: string;
}

export interface RetractionEntry {
  retractedOn: string;
  reason: string;
  valueText: string;
  quote: string;
}

// A correction names a seed field; readers are told what it was in their own words.
const fieldWords: Readonly<Record<string, string>> = {
  value: 'the value',
  value_text: 'the stated words',
  bound: 'the bound',
  low: 'the lower bound',
  high: 'the upper bound',
  unit: 'the unit',
  per: 'the rate',
  claimant: 'who says so',
  metric: 'what it measures',
  kind: 'the kind of figure',
  period: 'the period',
  quote: 'the quote',
};

// Words a reason may start with that read on in lower case after "because" (with any word ending as a verb or
// adverb does, "Misquoted"); any other capital, a name such as "Akulich", is kept.
const sentenceStarts = new Set(
  'a an the this that these those it its they their there he his she her we our one two both each every no not only some several many most in on at as since after before when while if'.split(
    ' ',
  ),
);

/** The reason as a clause after "because", ending in a full stop. */
function becauseClause(reason: string): string {
  const trimmed = reason.trim();
  const ended = /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  const firstWord = /^[A-Z][a-z]*\b/.exec(ended)?.[0];
  const common = (word: string) => sentenceStarts.has(word.toLowerCase()) || /(ed|ing|ly)$/.test(word);
  return firstWord && common(firstWord)
    ? `${firstWord.toLowerCase()}${ended.slice(firstWord.length)}`
    : ended;
}

/** What a field was, in a reader's words: a claimant's or metric's name rather than its slug. */
function wasInWords(correction: CorrectionEntry): string {
  return correction.wasName ?? correction.was;
}

export function formatDay(iso: string): string {
  return formatPublished(iso, 'day');
}

/** "Corrected on 7 Dec 2026: the value was 1,400, because the ministry revised its count." */
export function describeCorrection(correction: CorrectionEntry): string {
  const field = fieldWords[correction.field] ?? correction.field;
  return `Corrected on ${formatDay(correction.correctedOn)}: ${field} was ${wasInWords(correction)}, because ${becauseClause(correction.reason)}`;
}

/** "Retracted on 7 Dec 2026, because …" */
export function describeRetraction(retraction: Pick<RetractionEntry, 'retractedOn' | 'reason'>): string {
  return `Retracted on ${formatDay(retraction.retractedOn)}, because ${becauseClause(retraction.reason)}`;
}

/** One line of the corrections log, correction or retraction, as `/corrections` and its feed list them. */
export interface CorrectionLogEntry {
  kind: 'correction' | 'retraction';
  on: string;
  publicId: string;
  metricName: string;
  valueText: string;
  /** The corrected field and what it was; null on a retraction. */
  field: string | null;
  was: string | null;
  reason: string;
  text: string;
  /** Orders entries of one day: later positions first, as they were written later in the seed. */
  order: number;
}

/** Newest first; on one day, retractions before corrections, then by the order given. */
export function sortCorrectionLog(entries: readonly CorrectionLogEntry[]): CorrectionLogEntry[] {
  return [...entries].sort(
    (a, b) =>
      b.on.localeCompare(a.on) ||
      (a.kind === b.kind ? 0 : a.kind === 'retraction' ? -1 : 1) ||
      b.order - a.order,
  );
}
