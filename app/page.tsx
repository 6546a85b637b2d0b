import Link from 'next/link';
import { countEverything, listMetricSummaries, listTopics } from '@/db/queries/catalogue';
import { requestDb } from '@/db/request-database';

export default async function HomePage() {
  const db = await requestDb();
  const [counts, topics, metrics] = await Promise.all([
    countEverything(db),
    listTopics(db),
    listMetricSummaries(db),
  ]);
  return (
    <>
      <h1>Contested Figures</h1>
      <p className="lede">
        Reporting on the Russia–Ukraine war and its peace talks is full of numbers, and different sources give
        different numbers for the same thing. Here every figure sits beside the others for the same quantity,
        and each one opens onto the exact sentence it came from.
      </p>
      <ul className="stats" aria-label="Dataset size">
        <li>
          <strong>{counts.figures}</strong> figures
        </li>
        <li>
          <strong>{counts.metrics}</strong> metrics
        </li>
        <li>
          <strong>{counts.sources}</strong> <Link href="/sources">sources</Link>
        </li>
        <li>
          <strong>{counts.claimants}</strong> <Link href="/claimants">claimants</Link>
        </li>
      </ul>
      <h2>Topics</h2>
      <ul className="card-list">
        {topics.map((topic) => {
          const topicMetrics = metrics.filter((metric) => metric.topicId === topic.id);
          return (
            <li key={topic.slug} className="card">
              <h3>
                <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
              </h3>
              <p className="muted small">{topic.description}</p>
              <ul>
                {topicMetrics.map((metric) => (
                  <li key={metric.slug}>
                    <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>{' '}
                    <span className="muted small">
                      ({metric.figureCount} figure{metric.figureCount === 1 ? '' : 's'})
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
