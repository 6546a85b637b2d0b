import type { Db } from '@/db/client';
import { listMetricSummaries, listTopics } from '@/db/queries/catalogue';
import { listClaimantSummaries } from '@/db/queries/claimants';
import { listFigureRecords } from '@/db/queries/figure-records';
import { listSourceSummaries } from '@/db/queries/sources';
import { figureFilters } from '@/lib/figures/figure-filters';

export interface BenchPage {
  label: string;
  path: string;
}

const metricSlug = 'russian-military-casualties';

function most<T extends { figureCount: number }>(rows: T[], pick: (a: number, b: number) => boolean): T {
  const [first, ...rest] = rows.filter((row) => row.figureCount > 0);
  if (!first) throw new Error('the database has no figures to benchmark');
  return rest.reduce((best, row) => (pick(row.figureCount, best.figureCount) ? row : best), first);
}

/**
 * One URL of every page type, with ids and slugs from the database: the source and claimant with the most figures
 * (the heaviest pages), the metric with the fewest for the small CSV download.
 */
export async function pickPages(db: Db): Promise<BenchPage[]> {
  const [topics, metrics, sources, claimants, [figure]] = await Promise.all([
    listTopics(db),
    listMetricSummaries(db),
    listSourceSummaries(db),
    listClaimantSummaries(db),
    listFigureRecords(db, figureFilters({ metric: [metricSlug] }), { limit: 1 }),
  ]);
  if (!topics[0] || !figure) throw new Error(`the database has no topic or no figure of ${metricSlug}`);
  const greater = (a: number, b: number) => a > b;
  const smaller = (a: number, b: number) => a < b;
  return [
    { label: 'home', path: '/' },
    { label: 'topic', path: `/topics/${topics[0].slug}` },
    { label: 'metric', path: `/metrics/${metricSlug}` },
    { label: 'metric list', path: '/metrics' },
    { label: 'figures', path: '/figures' },
    { label: 'figure', path: `/figures/${figure.publicId}` },
    { label: 'source', path: `/sources/${most(sources, greater).slug}` },
    { label: 'claimant', path: `/claimants/${most(claimants, greater).slug}` },
    { label: 'text search', path: '/figures?q=drones' },
    { label: 'embed', path: `/embed/metrics/${metricSlug}` },
    { label: 'small CSV', path: `/figures.csv?metric=${most(metrics, smaller).slug}` },
  ];
}
