import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MetricChartCard } from '@/components/MetricChartCard';
import { MetricCompactCard } from '@/components/MetricCompactCard';
import { getTopicBySlug, listMetricSummaries } from '@/db/queries/catalogue';
import { getMetricChartFigures, listSpreadFigures } from '@/db/queries/chart-figures';
import { requestDb } from '@/db/request-database';
import { plainSpreadText } from '@/lib/charts/chart-takeaway';
import { planOverview } from '@/lib/charts/plan-overview';
import { rankContested } from '@/lib/charts/rank-contested';
import { shapeChartFigures } from '@/lib/charts/shape-chart-figures';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// Charts a topic page draws at most, disagreements first; the rest are compact cards, so the page stays small.
const chartLimit = 8;

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
  const shapedBySlug = new Map(metrics.map((metric, index) => [metric.slug, charts[index]]));
  const several = metrics.filter((metric) => metric.claimantCount > 1);
  const spreadFigures = await listSpreadFigures(
    db,
    several.map((metric) => metric.id),
  );
  const ranked = rankContested(
    several.map((metric) => ({ metric, figures: spreadFigures.get(metric.id) ?? [] })),
    several.length,
  );
  const contested = ranked.map(({ metric }) => metric.slug);
  const plan = planOverview(
    metrics,
    contested,
    new Map(metrics.map((metric) => [metric.slug, shapedBySlug.get(metric.slug)?.form ?? 'claims'])),
    { disagree: chartLimit, overTime: chartLimit },
  );
  const disagree = plan.disagree;
  const overTime = plan.overTime.slice(0, Math.max(0, chartLimit - disagree.length));
  const charted = new Set([...disagree, ...overTime]);
  // The other metrics with several figures are charted while room remains; the rest are compact cards.
  const others = plan.rest.filter((metric) => shapedBySlug.get(metric.slug)?.form !== 'number');
  const otherCharts = others.slice(0, Math.max(0, chartLimit - charted.size));
  const cards = metrics.filter((metric) => !charted.has(metric) && !otherCharts.includes(metric));
  const card = (metric: (typeof metrics)[number]) => {
    const shaped = shapedBySlug.get(metric.slug);
    return (
      shaped && (
        <MetricChartCard
          key={metric.slug}
          metric={metric}
          shaped={shaped}
          headingLevel={3}
          tools={false}
          spread={ranked.find((item) => item.metric.slug === metric.slug)?.spread.text}
        />
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
      {disagree.length > 0 && (
        <section aria-labelledby="disagree-heading">
          <h2 id="disagree-heading">Where sources disagree</h2>
          {disagree.map(card)}
        </section>
      )}
      {overTime.length > 0 && (
        <section aria-labelledby="over-time-heading">
          <h2 id="over-time-heading">Changing over time</h2>
          {overTime.map(card)}
        </section>
      )}
      {otherCharts.length + cards.length > 0 && (
        <section aria-labelledby="rest-heading">
          <h2 id="rest-heading">{charted.size > 0 ? 'Everything else' : 'Every quantity'}</h2>
          {otherCharts.map(card)}
          {cards.length > 0 && (
            <ul className="compact-cards">
              {cards.map((metric) => {
                const shaped = shapedBySlug.get(metric.slug);
                return (
                  <MetricCompactCard
                    key={metric.slug}
                    metric={metric}
                    card={shaped?.card ?? null}
                    verdict={
                      shaped?.spread && metric.claimantCount > 1 ? plainSpreadText(shaped.spread.text) : null
                    }
                  />
                );
              })}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
