import Link from 'next/link';
import { MetricChartCard } from '@/components/MetricChartCard';
import {
  countEverything,
  listMetricSlugsWithSeveralClaimants,
  listMetricSummaries,
  listTopics,
} from '@/db/queries/catalogue';
import { getMetricChartFigures, listSpreadFigures } from '@/db/queries/chart-figures';
import { requestDb } from '@/db/request-database';
import { chooseHomeCharts } from '@/lib/charts/choose-home-charts';
import { rankContested } from '@/lib/charts/rank-contested';
import { shapeChartFigures, type ShapedChart } from '@/lib/charts/shape-chart-figures';

const contestedShown = 8;

export default async function HomePage() {
  const db = await requestDb();
  const [counts, topics, metrics, contestedSlugs] = await Promise.all([
    countEverything(db),
    listTopics(db),
    listMetricSummaries(db),
    listMetricSlugsWithSeveralClaimants(db),
  ]);
  const chartedSlugs = new Set(chooseHomeCharts(metrics, contestedSlugs));
  const contestedMetrics = metrics.filter((metric) => contestedSlugs.includes(metric.slug));
  const [charts, spreadFigures] = await Promise.all([
    Promise.all(
      metrics
        .filter((metric) => chartedSlugs.has(metric.slug))
        .map(
          async (metric) =>
            [metric.slug, shapeChartFigures(await getMetricChartFigures(db, metric), metric)] as const,
        ),
    ),
    listSpreadFigures(
      db,
      contestedMetrics.map((metric) => metric.id),
    ),
  ]);
  const shapedBySlug = new Map<string, ShapedChart>(charts);
  const contested = rankContested(
    contestedMetrics.map((metric) => ({ metric, figures: spreadFigures.get(metric.id) ?? [] })),
    contestedShown,
  );
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
      <section aria-labelledby="contested-heading">
        <h2 id="contested-heading">Most contested</h2>
        {contested.length > 0 ? (
          <>
            <p className="muted">
              Metrics whose claimants disagree most: the highest figure over the lowest from another claimant,
              counting only measurements of the same quantity over overlapping periods, at the same rate.
            </p>
            <ol className="contested">
              {contested.map(({ metric, spread }) => (
                <li key={metric.slug}>
                  <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>: <strong>{spread.text}</strong>{' '}
                  <span className="muted small">
                    ({metric.figureCount} figures from {metric.claimantCount} claimants)
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="notice">
            No real disagreement in the data yet: no two figures from different claimants that measure the
            same quantity over overlapping periods, at the same rate, are 5% or more apart. Where several
            claimants give figures for one metric, its page says how they compare and why any of them are not
            set against each other (different periods, a target rather than a measurement, or one claimant’s
            own figures).
          </p>
        )}
      </section>
      <h2>Topics</h2>
      {topics.map((topic) => {
        const topicMetrics = metrics.filter((metric) => metric.topicId === topic.id);
        const charted = topicMetrics.filter((metric) => shapedBySlug.has(metric.slug));
        const listed = topicMetrics.filter((metric) => !shapedBySlug.has(metric.slug));
        return (
          <section key={topic.slug} className="topic-block" aria-labelledby={`topic-${topic.slug}`}>
            <h3 id={`topic-${topic.slug}`}>
              <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>{' '}
              <span className="muted small">
                ({topicMetrics.length} metric{topicMetrics.length === 1 ? '' : 's'})
              </span>
            </h3>
            <p className="muted small">{topic.description}</p>
            {charted.map((metric) => {
              const shaped = shapedBySlug.get(metric.slug);
              return (
                shaped && (
                  <MetricChartCard key={metric.slug} metric={metric} shaped={shaped} headingLevel={3} />
                )
              );
            })}
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
