import Link from 'next/link';
import type { FigureRecord } from '@/db/queries/figure-records';
import { shapeMetricChart } from '@/lib/charts/shape-metric-chart';
import { sourceLine } from '@/lib/figures/source-line';
import { MetricChart } from './charts/MetricChart';

/** One metric's chart with its title, source line and download, for pages that show several. */
export function MetricChartCard({
  records,
  headingLevel = 3,
}: {
  records: FigureRecord[];
  headingLevel?: 2 | 3;
}) {
  const first = records[0];
  if (!first) return null;
  const chart = shapeMetricChart(records);
  const source = sourceLine(records);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="chart-card">
      <Heading>
        <Link href={`/metrics/${first.metric.slug}`}>{first.metric.name}</Link>
      </Heading>
      {chart && (
        <MetricChart chart={chart} title={first.metric.name} slug={first.metric.slug} sourceLine={source} />
      )}
      <p className="source-line small">
        {source}{' '}
        <a href={`/metrics/${first.metric.slug}/data.csv`} download>
          Download CSV (this chart)
        </a>{' '}
        ·{' '}
        <a href="/figures.csv" download>
          everything (CSV)
        </a>
      </p>
    </article>
  );
}
