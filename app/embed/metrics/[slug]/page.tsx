import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedHeightReporter } from '@/components/charts/EmbedHeightReporter';
import { MetricChart } from '@/components/charts/MetricChart';
import { getMetricBySlug } from '@/db/queries/catalogue';
import { getMetricChartFigures } from '@/db/queries/chart-figures';
import { requestDb } from '@/db/request-database';
import { shapeChartFigures } from '@/lib/charts/shape-chart-figures';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getMetricBySlug(await requestDb(), (await params).slug);
  return found
    ? {
        title: `${found.metric.name} (chart)`,
        description: `Chart of every claim about ${found.metric.name}, side by side, with its sources.`,
        robots: { index: false, follow: true },
      }
    : { title: 'Metric not found' };
}

/** One metric's chart for other sites' iframes: the chart, its source line and a link to the full page. */
export default async function EmbedMetricPage({ params }: Props) {
  const db = await requestDb();
  const found = await getMetricBySlug(db, (await params).slug);
  if (!found) notFound();
  const { metric } = found;
  const { chart, sourceLine: source } = shapeChartFigures(await getMetricChartFigures(db, metric), metric);
  return (
    <main className="embed">
      <EmbedHeightReporter />
      <h1>{metric.name}</h1>
      {chart ? (
        <MetricChart chart={chart} title={metric.name} slug={metric.slug} sourceLine={source} embedded />
      ) : (
        <p>No figure for this metric has a value to plot.</p>
      )}
      <p className="source-line small">{source}</p>
      <p className="small embed-more">
        <a href={`/metrics/${metric.slug}`} target="_top">
          See every figure and its source on Contested Figures
        </a>
      </p>
    </main>
  );
}
