import Link from 'next/link';
import { SideLabel } from '@/components/SideLabel';
import type { NumberCardData } from '@/lib/charts/shape-number-card';

/**
 * A metric in a few lines, for pages of many: its one figure (value, who says so, when) or how many figures and
 * sources it has and how they compare.
 */
export function MetricCompactCard({
  metric,
  card,
  verdict,
}: {
  metric: { slug: string; name: string; figureCount: number; claimantCount: number };
  card: NumberCardData | null;
  verdict: string | null;
}) {
  return (
    <li className="compact-card">
      <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
      {card ? (
        <p>
          <a href={`/figures/${card.figureId}`} className="compact-card-value">
            {card.value}
          </a>{' '}
          <span className="small">
            {card.who} <SideLabel side={card.side} /> · {card.period}
          </span>
        </p>
      ) : (
        <p className="small">
          {metric.figureCount} figures from {metric.claimantCount}{' '}
          {metric.claimantCount === 1 ? 'source' : 'sources'}
          {verdict ? `. ${verdict}.` : ''}
        </p>
      )}
    </li>
  );
}
