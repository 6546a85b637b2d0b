import type { Metadata } from 'next';
import Link from 'next/link';
import { listMetricSummaries, listTopics } from '@/db/queries/catalogue';
import { listSpreadFigures } from '@/db/queries/chart-figures';
import { requestDb } from '@/db/request-database';
import { computeSpread } from '@/lib/charts/compute-spread';
import { describeMetricAgreement } from '@/lib/figures/describe-metric-agreement';
import { formatUnit } from '@/lib/format/format-number';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Metrics',
  description:
    'Every quantity the figures measure, by topic, with how many figures and sources each has and whether they disagree.',
  path: '/metrics',
});

export default async function MetricsPage() {
  const db = await requestDb();
  const [topics, metrics] = await Promise.all([listTopics(db), listMetricSummaries(db)]);
  // Only a metric with several sources can hold a disagreement, so only those are read.
  const spreadFigures = await listSpreadFigures(
    db,
    metrics.filter((metric) => metric.claimantCount > 1).map((metric) => metric.id),
  );
  return (
    <>
      <h1>Metrics</h1>
      <p className="lede">
        Each metric is one quantity that figures can be compared on. Figures that measure the same thing share
        a metric whoever gives them, so a metric with several sources is where they can disagree.
      </p>
      {topics.map((topic) => {
        const topicMetrics = metrics.filter((metric) => metric.topicId === topic.id);
        if (topicMetrics.length === 0) return null;
        return (
          <section key={topic.slug} aria-labelledby={`metrics-${topic.slug}`} className="metric-topic">
            <h2 id={`metrics-${topic.slug}`}>
              <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>{' '}
              <span className="muted small">
                {topicMetrics.length} metric{topicMetrics.length === 1 ? '' : 's'}
              </span>
            </h2>
            <ul className="metric-cards">
              {topicMetrics.map((metric) => {
                const spread = computeSpread(spreadFigures.get(metric.id) ?? [], { conversions: false });
                const { agreement, counts, verdict } = describeMetricAgreement({ ...metric, spread });
                return (
                  <li key={metric.slug} className={`metric-card agreement-${agreement}`}>
                    <h3>
                      <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
                    </h3>
                    <p className="metric-card-facts">
                      <span>{counts}</span> <span className="muted">· unit: {formatUnit(metric.unit)}</span>
                    </p>
                    <p className="metric-card-verdict">{verdict}</p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
