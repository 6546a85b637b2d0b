import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MetricChartCard } from '@/components/MetricChartCard';
import { getTopicBySlug, listMetricSummaries } from '@/db/queries/catalogue';
import { listFigureRecordsByMetric } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import { figureFilters } from '@/lib/figures/figure-filters';

type Props = { params: Promise<{ slug: string }> };

// A topic page charts every figure of its metrics; beyond this, readers go to /figures.
const topicRecordLimit = 2000;

// None at build time: each is rendered on first request and then cached for the data version.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicBySlug(await requestDb(), (await params).slug);
  return topic
    ? { title: topic.name, description: `${topic.description} Every metric, charted, with its sources.` }
    : { title: 'Topic not found' };
}

export default async function TopicPage({ params }: Props) {
  const db = await requestDb();
  const topic = await getTopicBySlug(db, (await params).slug);
  if (!topic) notFound();
  const [metrics, byMetric] = await Promise.all([
    listMetricSummaries(db, topic.id),
    listFigureRecordsByMetric(db, figureFilters({ topic: [topic.slug] }), topicRecordLimit),
  ]);
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
      {metrics.map((metric) => (
        <MetricChartCard key={metric.slug} records={byMetric.get(metric.slug) ?? []} headingLevel={2} />
      ))}
    </>
  );
}
