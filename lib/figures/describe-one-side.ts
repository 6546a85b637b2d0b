import type { Claimant } from '@/db/schema';
import { formatCount } from '@/lib/format/format-number';

type Side = Claimant['side'];

/** A claimant of a metric's figures, with how many of them are its. */
export interface MetricClaimant {
  slug: string;
  name: string;
  side: Side;
  figureCount: number;
}

/** The note as text and claimant names, so a page can link each name. */
export type OneSideNotePart = { text: string } | { claimant: { slug: string; name: string } };

// Only the two parties to the war are sides here: their figures about it are a belligerent's. Backers (the US,
// European governments, NATO) are not called a side of the war, independent sources are none, and "other" groups
// mixed or unverifiable claimants: figures of theirs alone say nothing about one side's view.
const sideName: Partial<Record<Side, string>> = {
  ukraine: 'the Ukrainian side',
  russia: 'the Russian side',
};

const claimantList = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

function figuresLead(count: number): string {
  if (count === 1) return 'The only figure here comes';
  if (count === 2) return 'Both figures here come';
  return `All ${formatCount(count)} figures here come`;
}

/**
 * "All 3 figures here come from the Russian side (A and B); no figure from another side or an independent source
 * is recorded.", when every figure of a metric is claimed by one side of the war; null when the figures come from
 * several sides, from independent or other sources, or when there are none.
 */
export function describeOneSide(claimants: readonly MetricClaimant[]): OneSideNotePart[] | null {
  const counted = claimants.filter((claimant) => claimant.figureCount > 0);
  const [first] = counted;
  if (!first || counted.some((claimant) => claimant.side !== first.side)) return null;
  const side = sideName[first.side];
  if (!side) return null;
  const figureCount = counted.reduce((total, claimant) => total + claimant.figureCount, 0);
  const names = claimantList.formatToParts(counted.map((claimant) => claimant.name));
  let next = 0;
  const listed: OneSideNotePart[] = names.map((part) => {
    if (part.type === 'literal') return { text: part.value };
    const claimant = counted[next++] ?? first;
    return { claimant: { slug: claimant.slug, name: claimant.name } };
  });
  return [
    { text: `${figuresLead(figureCount)} from ${side} (` },
    ...listed,
    { text: '); no figure from another side or an independent source is recorded.' },
  ];
}
