import Link from 'next/link';
import { loadDatasetJsonLd } from '@/app/_structured-data/load-dataset-json-ld';
import { JsonLd } from '@/components/JsonLd';
import { MetricChartCard } from '@/components/MetricChartCard';
import { MetricCompactCard } from '@/components/MetricCompactCard';
import { countEverything, listMetricSummaries, listTopics } from '@/db/queries/catalogue';
import { getMetricChartFigures, listSpreadFigures } from '@/db/queries/chart-figures';
import { listSoleFigureRecords } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import { plainSpreadText } from '@/lib/charts/chart-takeaway';
import { computeSpread } from '@/lib/charts/compute-spread';
import { chooseChartCandidates, describeDataset, planOverview } from '@/lib/charts/plan-overview';
import { rankContested } from '@/lib/charts/rank-contested';
import { shapeChartFigures, type ShapedChart } from '@/lib/charts/shape-chart-figures';
import { shapeNumberCard, type NumberCardData } from '@/lib/charts/shape-number-card';
import { pageMetadata } from '@/lib/site/page-metadata';

// Enough charts to lead with, few enough that the page stays small at any size of data.
const chartsRead = 10;
const limits = { disagree: 4, overTime: 3 };

export const metadata = pageMetadata({
  title: { absolute: 'Contested Figures: who says what about the Russia–Ukraine war, in numbers' },
  description:
    'Numbers about the Russia–Ukraine war and its peace talks, side by side, each traced to the sentence it came from.',
  path: '/',
});

export default async function HomePage() {
  const db = await requestDb();
  const [counts, topics, metrics, dataset] = await Promise.all([
    countEverything(db),
    listTopics(db),
    listMetricSummaries(db),
    loadDatasetJsonLd(db),
  ]);
  const withFigures = metrics.filter((metric) => metric.figureCount > 0);
  const several = withFigures.filter((metric) => metric.claimantCount > 1);
  const spreadFigures = await listSpreadFigures(
    db,
    several.map((metric) => metric.id),
  );
  const contested = rankContested(
    several.map((metric) => ({ metric, figures: spreadFigures.get(metric.id) ?? [] })),
    several.length,
  );
  const contestedSlugs = contested.map(({ metric }) => metric.slug);
  const candidates = chooseChartCandidates(withFigures, contestedSlugs, chartsRead);
  const shaped = new Map<string, ShapedChart>(
    await Promise.all(
      candidates.map(
        async (metric) =>
          [metric.slug, shapeChartFigures(await getMetricChartFigures(db, metric), metric)] as const,
      ),
    ),
  );
  const plan = planOverview(
    withFigures,
    contestedSlugs,
    new Map([...shaped].map(([slug, chart]) => [slug, chart.form])),
    limits,
  );
  const sole = await listSoleFigureRecords(
    db,
    plan.rest.filter((metric) => metric.figureCount === 1).map((metric) => metric.id),
  );
  const cards = new Map<string, NumberCardData>(
    sole.map((record) => [record.metric.slug, shapeNumberCard(record)]),
  );
  const severalListed = several.filter(
    (metric) => !plan.disagree.includes(metric) && !plan.overTime.includes(metric),
  );
  const restListed = plan.rest.filter((metric) => !severalListed.includes(metric));
  const verdicts = new Map(
    several.map((metric) => {
      const spread = computeSpread(spreadFigures.get(metric.id) ?? [], { conversions: false });
      return [metric.slug, spread ? plainSpreadText(spread.text) : null] as const;
    }),
  );
  return (
    <>
      <JsonLd data={dataset} />
      <h1>Contested Figures</h1>
      <p className="lede">
        Reporting on the Russia–Ukraine war and its peace talks is full of numbers, and different sources give
        different numbers for the same thing. Here the claims about each quantity sit side by side, and every
        figure opens onto the exact sentence it came from.
      </p>
      <p className="dataset-line">
        <strong>{describeDataset(withFigures, contested.length)}</strong>{' '}
        <span className="muted small">
          {counts.figures} <Link href="/figures">figures</Link> from {counts.sources}{' '}
          <Link href="/sources">articles</Link>, by {counts.claimants} <Link href="/claimants">sources</Link>;{' '}
          <Link href="/metrics">every quantity</Link>.
        </span>
      </p>
      <section aria-labelledby="disagree-heading">
        <h2 id="disagree-heading">Where sources disagree</h2>
        {plan.disagree.length > 0 ? (
          <>
            <p className="muted small">
              Figures from different sources for the same quantity and the same period, 5% or more apart; the
              dashed line joins the widest pair and says how many times larger one is.
            </p>
            {plan.disagree.map((metric) => {
              const chart = shaped.get(metric.slug);
              return (
                chart && (
                  <MetricChartCard
                    spread={contested.find((item) => item.metric.slug === metric.slug)?.spread.text}
                    key={metric.slug}
                    metric={metric}
                    shaped={chart}
                    headingLevel={3}
                    tools={false}
                  />
                )
              );
            })}
          </>
        ) : (
          <p className="notice">
            No real disagreement in the data yet: no two figures from different sources for the same quantity
            over overlapping periods, at the same rate, are 5% or more apart. Below, each quantity with
            several sources and why its figures are not set against each other.
          </p>
        )}
        {severalListed.length > 0 && (
          <ul className="compact-cards">
            {severalListed.map((metric) => (
              <MetricCompactCard
                key={metric.slug}
                metric={metric}
                card={null}
                verdict={verdicts.get(metric.slug) ?? null}
              />
            ))}
          </ul>
        )}
      </section>
      {plan.overTime.length > 0 && (
        <section aria-labelledby="over-time-heading">
          <h2 id="over-time-heading">Changing over time</h2>
          {plan.overTime.map((metric) => {
            const chart = shaped.get(metric.slug);
            return (
              chart && (
                <MetricChartCard
                  key={metric.slug}
                  metric={metric}
                  shaped={chart}
                  headingLevel={3}
                  tools={false}
                />
              )
            );
          })}
        </section>
      )}
      <section aria-labelledby="rest-heading">
        <h2 id="rest-heading">Everything else</h2>
        <details className="overview-rest">
          <summary>
            {restListed.length} more quantities, by topic, each with its figure or its count of figures
          </summary>
          {topics.map((topic) => {
            const topicRest = restListed.filter((metric) => metric.topicId === topic.id);
            if (topicRest.length === 0) return null;
            return (
              <section key={topic.slug} aria-labelledby={`topic-${topic.slug}`}>
                <h3 id={`topic-${topic.slug}`}>
                  <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
                </h3>
                <ul className="compact-cards">
                  {topicRest.map((metric) => (
                    <MetricCompactCard
                      key={metric.slug}
                      metric={metric}
                      card={cards.get(metric.slug) ?? null}
                      verdict={null}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </details>
      </section>
    </>
  );
}
