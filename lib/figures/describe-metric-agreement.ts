import type { Spread } from '@/lib/charts/compute-spread';

export type Agreement = 'disagree' | 'agree' | 'not-comparable' | 'one-source' | 'no-figures';

export interface MetricAgreement {
  agreement: Agreement;
  /** "12 figures from 3 sources": a source here is who says so, not the article. */
  counts: string;
  /** Whether the sources disagree, in a few words: "Sources differ by at least 1.3×". */
  verdict: string;
}

const grouped = new Intl.NumberFormat('en-GB');
const plural = new Intl.PluralRules('en-GB');

function count(amount: number, one: string, many: string): string {
  return `${grouped.format(amount)} ${plural.select(amount) === 'one' ? one : many}`;
}

/**
 * What a metric's card in the /metrics list says about its figures: how many, from how many sources, and whether
 * those sources disagree. The verdict follows the spread (comparable pairs only, see compute-spread.ts), so a
 * metric with several sources whose figures cannot be set against each other is not called a disagreement.
 */
export function describeMetricAgreement({
  figureCount,
  claimantCount,
  spread,
}: {
  figureCount: number;
  claimantCount: number;
  spread: Pick<Spread, 'disagree' | 'pair' | 'text'> | null;
}): MetricAgreement {
  const counts =
    figureCount === 0
      ? 'No figures yet'
      : `${count(figureCount, 'figure', 'figures')} from ${count(claimantCount, 'source', 'sources')}`;
  if (figureCount === 0) return { agreement: 'no-figures', counts, verdict: 'Nothing to compare yet' };
  if (claimantCount < 2)
    return { agreement: 'one-source', counts, verdict: 'One source: nothing to compare' };
  if (spread?.disagree) return { agreement: 'disagree', counts, verdict: spread.text };
  if (spread?.pair) return { agreement: 'agree', counts, verdict: spread.text };
  return { agreement: 'not-comparable', counts, verdict: 'Several sources, but no two figures comparable' };
}
