import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MetricChartCard } from '@/components/MetricChartCard';
import { getTopicBySlug, listMetricSummaries } from '@/db/queries/catalogue';
import { getMetricChartFigures } from '@/db/queries/chart-figures';
import { requestDb } from '@/db/request-database';
import { planOverview } from '@/lib/charts/plan-overview';
import { shapeChartFigures } from '@/lib/charts/shape-chart-figures';

type Props = { params: Promise<{ slug: string }> };

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
  const metrics = (await listMetricSummaries(db, topic.id)).filter((metric) => metric.figureCount > 0);
  const charts = await Promise.all(
    metrics.map(async (metric) => shapeChartFigures(await getMetricChartFigures(db, metric), metric)),
  );
  const shapedBySlug = new Map(metrics.map((metric, index) => [metric.slug, charts[index]]));
  const contested = metrics
    .filter((metric) => shapedBySlug.get(metric.slug)?.spread?.disagree)
    .sort(
      (a, b) =>
        (shapedBySlug.get(b.slug)?.spread?.pair?.ratio ?? 0) -
        (shapedBySlug.get(a.slug)?.spread?.pair?.ratio ?? 0),
    )
    .map((metric) => metric.slug);
  const plan = planOverview(
    metrics,
    contested,
    new Map(metrics.map((metric) => [metric.slug, shapedBySlug.get(metric.slug)?.form ?? 'claims'])),
    { disagree: metrics.length, overTime: metrics.length },
  );
  // Charts before number cards: several figures, then the metrics with one.
  const rest = [...plan.rest].sort(
    (a, b) =>
      Number(shapedBySlug.get(a.slug)?.form === 'number') -
      Number(shapedBySlug.get(b.slug)?.form === 'number'),
  );
  const card = (metric: (typeof metrics)[number]) => {
    const shaped = shapedBySlug.get(metric.slug);
    return (
      shaped && (
        <MetricChartCard key={metric.slug} metric={metric} shaped={shaped} headingLevel={3} tools={false} />
      )
    );
  };
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
      {plan.disagree.length > 0 && (
        <section aria-labelledby="disagree-heading">
          <h2 id="disagree-heading">Where sources disagree</h2>
          {plan.disagree.map(card)}
        </section>
      )}
      {plan.overTime.length > 0 && (
        <section aria-labelledby="over-time-heading">
          <h2 id="over-time-heading">Changing over time</h2>
          {plan.overTime.map(card)}
        </section>
      )}
      {rest.length > 0 && (
        <section aria-labelledby="rest-heading">
          <h2 id="rest-heading">
            {plan.disagree.length + plan.overTime.length > 0 ? 'Everything else' : 'Every quantity'}
          </h2>
          {rest.map(card)}
        </section>
      )}
    </>
  );
}
