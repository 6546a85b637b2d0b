import Link from 'next/link';
import { MetricChartCard } from '@/components/MetricChartCard';
import {
  countEverything,
  listMetricSlugsWithSeveralClaimants,
  listMetricSummaries,
  listTopics,
} from '@/db/queries/catalogue';
import { listFigureRecordsByMetric, type FigureRecord } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import { chooseHomeCharts } from '@/lib/charts/choose-home-charts';
import { computeSpread } from '@/lib/charts/compute-spread';
import { figureFilters } from '@/lib/figures/figure-filters';

// Charted metrics are a few per topic; this bounds the rows read even on a very large dataset.
const chartedRecordLimit = 5000;
const contestedShown = 8;

export default async function HomePage() {
  const db = await requestDb();
  const [counts, topics, metrics, contestedSlugs] = await Promise.all([
    countEverything(db),
    listTopics(db),
    listMetricSummaries(db),
    listMetricSlugsWithSeveralClaimants(db),
  ]);
  const chartedSlugs = chooseHomeCharts(metrics, contestedSlugs);
  const byMetric =
    chartedSlugs.length === 0
      ? new Map<string, FigureRecord[]>()
      : await listFigureRecordsByMetric(db, figureFilters({ metric: chartedSlugs }), chartedRecordLimit);
  const contested = contestedSlugs
    .flatMap((slug) => {
      const records = byMetric.get(slug);
      return records ? [{ records, spread: computeSpread(records) }] : [];
    })
    // Only real disagreement ranks here: figures of different claimants, more than 5% apart.
    .filter((entry) => entry.spread?.betweenClaimants && !entry.spread.agree)
    .sort((a, b) => (b.spread?.ratio ?? 0) - (a.spread?.ratio ?? 0))
    .slice(0, contestedShown);
  return (
    <>
      <h1>Contested Figures</h1>
      <p className="lede">
        Reporting on the Russia–Ukraine war and its peace talks is full of numbers, and different sources give
        different numbers for the same thing. Here the claims about each quantity sit side by side, and every
        figure opens onto the exact sentence it came from.
      </p>
      <ul className="stats" aria-label="The dataset">
        <li>
          <strong>{counts.figures}</strong> <Link href="/figures">figures</Link>
        </li>
        <li>
          <strong>{counts.sources}</strong> <Link href="/sources">sources</Link>
        </li>
        <li>
          <strong>{counts.claimants}</strong> <Link href="/claimants">claimants</Link>
        </li>
        <li>
          <strong>{counts.metrics}</strong> <Link href="/metrics">metrics</Link>
        </li>
      </ul>
      {contested.length > 0 && (
        <section aria-labelledby="contested-heading">
          <h2 id="contested-heading">Most contested</h2>
          <p className="muted">
            Metrics whose claimants disagree most: the highest comparable figure over the lowest from another
            claimant.
          </p>
          <ol className="contested">
            {contested.map(({ records, spread }) => (
              <li key={records[0]?.metric.slug}>
                <Link href={`/metrics/${records[0]?.metric.slug}`}>{records[0]?.metric.name}</Link>:{' '}
                <strong>{spread?.text}</strong>{' '}
                <span className="muted small">
                  ({records.length} figures from {new Set(records.map((record) => record.claimant.slug)).size}{' '}
                  claimants)
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <h2>Topics</h2>
      {topics.map((topic) => {
        const topicMetrics = metrics.filter((metric) => metric.topicId === topic.id);
        const charted = topicMetrics.filter((metric) => byMetric.has(metric.slug));
        const listed = topicMetrics.filter((metric) => !byMetric.has(metric.slug));
        return (
          <section key={topic.slug} className="topic-block" aria-labelledby={`topic-${topic.slug}`}>
            <h3 id={`topic-${topic.slug}`}>
              <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>{' '}
              <span className="muted small">
                ({topicMetrics.length} metric{topicMetrics.length === 1 ? '' : 's'})
              </span>
            </h3>
            <p className="muted small">{topic.description}</p>
            {charted.map((metric) => (
              <MetricChartCard key={metric.slug} records={byMetric.get(metric.slug) ?? []} headingLevel={3} />
            ))}
            {listed.length > 0 && (
              <p className="small">
                {charted.length > 0 ? 'Also: ' : 'Metrics: '}
                {listed.map((metric, index) => (
                  <span key={metric.slug}>
                    {index > 0 && ' · '}
                    <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
                  </span>
                ))}
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}
