import type { Metadata } from 'next';
import Link from 'next/link';
import { listMetricSummaries, listTopics } from '@/db/queries/catalogue';
import { requestDb } from '@/db/request-database';
import { formatUnit } from '@/lib/format/format-number';

export const metadata: Metadata = {
  title: 'Metrics',
  description: 'Every quantity the figures measure, by topic, with how many figures and claimants each has.',
};

export default async function MetricsPage() {
  const db = await requestDb();
  const [topics, metrics] = await Promise.all([listTopics(db), listMetricSummaries(db)]);
  return (
    <>
      <h1>Metrics</h1>
      <p className="lede">
        Each metric is one quantity that figures can be compared on. Figures that measure the same thing share
        a metric whoever claims them, so a metric with several claimants is where sources can disagree.
      </p>
      {topics.map((topic) => {
        const topicMetrics = metrics.filter((metric) => metric.topicId === topic.id);
        if (topicMetrics.length === 0) return null;
        return (
          <section key={topic.slug} aria-labelledby={`metrics-${topic.slug}`}>
            <h2 id={`metrics-${topic.slug}`}>
              <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
            </h2>
            <div className="table-wrap">
              <table>
                <caption>
                  {topicMetrics.length} metric{topicMetrics.length === 1 ? '' : 's'} about{' '}
                  {topic.name.toLowerCase()}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Metric</th>
                    <th scope="col">Unit</th>
                    <th scope="col">Figures</th>
                    <th scope="col">Claimants</th>
                  </tr>
                </thead>
                <tbody>
                  {topicMetrics.map((metric) => (
                    <tr key={metric.slug}>
                      <td>
                        <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
                        <div className="muted small">{metric.definition}</div>
                      </td>
                      <td>{formatUnit(metric.unit)}</td>
                      <td className="num">{metric.figureCount}</td>
                      <td className="num">{metric.claimantCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
