import { formatCount } from '@/lib/format/format-number';

const plural = new Intl.PluralRules('en-GB');
const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });

function figures(n: number): string {
  return `${formatCount(n)} ${plural.select(n) === 'one' ? 'figure' : 'figures'}`;
}

/**
 * What a release did, in one sentence: "Added 5 figures and corrected 1." The parts it did nothing of are left
 * out; a release that changed no figure says so.
 */
export function describeReleaseChanges({
  added,
  corrected,
  retracted,
}: {
  added: number;
  corrected: number;
  retracted: number;
}): string {
  const parts = [
    added > 0 ? `added ${figures(added)}` : null,
    corrected > 0 ? `corrected ${figures(corrected)}` : null,
    retracted > 0 ? `retracted ${figures(retracted)}` : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return 'No figure was added, corrected or retracted.';
  const sentence = list.format(parts);
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
