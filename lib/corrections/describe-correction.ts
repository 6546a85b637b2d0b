import { formatPublished } from '@/lib/format/format-date';

export interface CorrectionEntry {
  correctedOn: string;
  field: string;
  was: string;
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

function sentence(reason: string): string {
  const trimmed = reason.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function formatDay(iso: string): string {
  return formatPublished(iso, 'day');
}

/** "Corrected on 7 Dec 2026: the value was 1,400, because the ministry revised its count." */
export function describeCorrection(correction: CorrectionEntry): string {
  const field = fieldWords[correction.field] ?? correction.field;
  const reason = sentence(correction.reason);
  return `Corrected on ${formatDay(correction.correctedOn)}: ${field} was ${correction.was}, because ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}

/** "Retracted on 7 Dec 2026, because …" */
export function describeRetraction(retraction: Pick<RetractionEntry, 'retractedOn' | 'reason'>): string {
  const reason = sentence(retraction.reason);
  return `Retracted on ${formatDay(retraction.retractedOn)}, because ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
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
