import Link from 'next/link';
import { awaitingFigure, type Coverage } from '@/lib/coverage/compute-coverage';
import { exclusionReasonLabel } from '@/lib/format/labels';

const grouped = new Intl.NumberFormat('en-GB');

function plural(count: number, word: string): string {
  return `${grouped.format(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** How every quantity in the article is accounted for: a figure, a stated reason to leave it out, or neither. */
export function CoverageReport({
  coverage,
  mentionsHref,
}: {
  coverage: Coverage;
  /** Where the table of every mention is, when it is not on the same page. */
  mentionsHref?: string;
}) {
  const reasons = Object.entries(coverage.excludedByReason)
    .filter(([reason]) => reason !== awaitingFigure)
    .map(([reason, count]) => `${count} ${exclusionReasonLabel[reason] ?? reason}`)
    .join(', ');
  const awaiting = coverage.awaitingFigure;
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">Coverage</h2>
      <p>
        This article has {plural(coverage.mentions.length, 'quantity mention')}, in numbers or in words such
        as “none”, “the only”, “last year”, “daily” or “several”: {coverage.covered} are the stated values of{' '}
        {plural(coverage.figureCount, 'figure')}, {coverage.excluded - awaiting} left out on purpose
        {reasons ? ` (${reasons})` : ''}
        {awaiting > 0 &&
          `, ${plural(awaiting, 'claim')} not yet recorded as ${awaiting === 1 ? 'a figure' : 'figures'}`}
        {coverage.unaccounted > 0 ? (
          <>
            , and <strong>{coverage.unaccounted} not yet accounted for</strong>
          </>
        ) : (
          ', and none missed'
        )}
        .
      </p>
      {mentionsHref && (
        <p>
          <Link href={mentionsHref}>Every quantity mention in this article and what became of it</Link>
        </p>
      )}
    </section>
  );
}
