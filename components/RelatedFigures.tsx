import Link from 'next/link';
import type { RelatedMetric } from '@/db/queries/metric-relations';
import { formatPeriod } from '@/lib/format/format-date';
import { formatCount, formatFigureValue } from '@/lib/format/format-number';
import { figureKindLabel } from '@/lib/format/labels';
import { SideLabel } from './SideLabel';

/** Metrics the articles set beside this one, each with what it is from here and its first figures. */
export function RelatedFigures({ related }: { related: RelatedMetric[] }) {
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related figures</h2>
      <p className="muted small">
        Quantities related to this one. Each measures something else, so its figures are listed here and are
        not drawn on this metric&apos;s chart.
      </p>
      <ul className="related-metrics">
        {related.map((metric) => (
          <li key={metric.slug}>
            <p>
              <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>: {metric.relation}.
            </p>
            {metric.figures.length === 0 ? (
              <p className="muted small">No figures recorded for it yet.</p>
            ) : (
              <ul className="related-figures small">
                {metric.figures.map((figure) => (
                  <li key={figure.publicId}>
                    <Link href={`/figures/${figure.publicId}`}>{formatFigureValue(figure)}</Link> ·{' '}
                    {figure.claimant.name} · <SideLabel side={figure.claimant.side} /> ·{' '}
                    {formatPeriod(figure.periodStart, figure.periodEnd)} ·{' '}
                    {figureKindLabel[figure.kind].toLowerCase()}
                  </li>
                ))}
              </ul>
            )}
            {metric.total > metric.figures.length && (
              <p className="small">
                <Link href={`/metrics/${metric.slug}`}>
                  All {formatCount(metric.total)} figures for {metric.name}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
