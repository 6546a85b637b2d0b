import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTopicBySlug, listMetricSummaries } from '@/db/queries/catalogue';
import { requestDb } from '@/db/request-database';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicBySlug(await requestDb(), (await params).slug);
  return topic ? { title: topic.name, description: topic.description } : { title: 'Topic not found' };
}

export default async function TopicPage({ params }: Props) {
  const db = await requestDb();
  const topic = await getTopicBySlug(db, (await params).slug);
  if (!topic) notFound();
  const metrics = await listMetricSummaries(db, topic.id);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › Topic
      </p>
      <h1>{topic.name}</h1>
      <p className="lede">{topic.description}</p>
      <h2>Metrics</h2>
      <ul className="card-list">
        {metrics.map((metric) => (
          <li key={metric.slug} className="card">
            <h3>
              <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
            </h3>
            <p className="small">{metric.definition}</p>
            <p className="muted small">
              {metric.figureCount} figure{metric.figureCount === 1 ? '' : 's'} from {metric.claimantCount}{' '}
              claimant
              {metric.claimantCount === 1 ? '' : 's'}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/figures?topic=${topic.slug}`}>All figures on {topic.name.toLowerCase()}</Link>
      </p>
    </>
  );
}
