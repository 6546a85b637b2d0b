import Link from 'next/link';
import type { ShapedChart } from '@/lib/charts/shape-chart-figures';
import { MetricChart } from './charts/MetricChart';
import { NumberCard } from './charts/NumberCard';

/** One metric's chart with its title, source line and download, for pages that show several. */
export function MetricChartCard({
  metric,
  shaped,
  headingLevel = 3,
  tools = true,
  spread,
}: {
  metric: { slug: string; name: string };
  shaped: ShapedChart;
  headingLevel?: 2 | 3;
  /** The image downloads and embed code; a page of many charts leaves them to each metric's page. */
  tools?: boolean;
  /** The disagreement, as its subtitle, on a page that ranks metrics by it. */
  spread?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="chart-card">
      <Heading>
        <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
      </Heading>
      {spread && (
        <p className="chart-spread">
          <strong>{spread}</strong>
        </p>
      )}
      {shaped.card ? (
        <NumberCard card={shaped.card} />
      ) : (
        shaped.chart && (
          <MetricChart
            chart={shaped.chart}
            title={metric.name}
            slug={metric.slug}
            sourceLine={shaped.sourceLine}
            tools={tools}
          />
        )
      )}
      <p className="source-line small">
        {shaped.sourceLine}{' '}
        <a href={`/metrics/${metric.slug}/data.csv`} download>
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
