import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MetricChartCard } from '@/components/MetricChartCard';
import { getTopicBySlug, listMetricSummaries } from '@/db/queries/catalogue';
import { getMetricChartFigures } from '@/db/queries/chart-figures';
import { requestDb } from '@/db/request-database';
import { shapeChartFigures } from '@/lib/charts/shape-chart-figures';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// None at build time: each is rendered on first request and then cached for the data version.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicBySlug(await requestDb(), (await params).slug);
  return topic
    ? pageMetadata({
        title: topic.name,
        description: `${topic.description} Every metric, charted, with its sources.`,
        path: `/topics/${topic.slug}`,
      })
    : { title: 'Topic not found' };
}

export default async function TopicPage({ params }: Props) {
  const db = await requestDb();
  const topic = await getTopicBySlug(db, (await params).slug);
  if (!topic) notFound();
  const metrics = (await listMetricSummaries(db, topic.id)).filter((metric) => metric.figureCount > 0);
  const charts = await Promise.all(
    metrics.map(async (metric) => shapeChartFigures(await getMetricChartFigures(db, metric), metric)),
  );
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › Topic
      </p>
      <h1>{topic.name}</h1>
      <p className="lede">{topic.description}</p>
      <p className="downloads">
        <Link href={`/figures?topic=${topic.slug}`}>All {topic.name.toLowerCase()} figures in a table</Link>
        <a href={`/figures.csv?topic=${topic.slug}`} download>
          Download this topic (CSV)
        </a>
      </p>
      {metrics.map((metric, index) => {
        const shaped = charts[index];
        return (
          shaped && <MetricChartCard key={metric.slug} metric={metric} shaped={shaped} headingLevel={2} />
        );
      })}
    </>
  );
}
