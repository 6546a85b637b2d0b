import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FigureTable } from '@/components/FigureTable';
import { getMetricBySlug } from '@/db/queries/catalogue';
import { listCrossChecksForMetric } from '@/db/queries/cross-checks';
import { listFigureRecords } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import { figureFilters } from '@/lib/figures/figure-filters';
import { formatNumber } from '@/lib/format/format-number';

type Props = { params: Promise<{ slug: string }> };

// A metric with more figures than this would need a chart, not a table; none comes close.
const metricFigureLimit = 500;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getMetricBySlug(await requestDb(), (await params).slug);
  return found
    ? {
        title: found.metric.name,
        description: `${found.metric.definition} Every claim, side by side, with its source.`,
      }
    : { title: 'Metric not found' };
}

export default async function MetricPage({ params }: Props) {
  const db = await requestDb();
  const found = await getMetricBySlug(db, (await params).slug);
  if (!found) notFound();
  const { metric, topic } = found;
  const [records, crossChecks] = await Promise.all([
    listFigureRecords(db, figureFilters({ metric: [metric.slug] }), { limit: metricFigureLimit }),
    listCrossChecksForMetric(db, metric.id),
  ]);
  const outlets = [...new Set(records.map((record) => record.source.outlet ?? 'unknown outlet'))];
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › <Link href={`/topics/${topic.slug}`}>{topic.name}</Link> › Metric
      </p>
      <h1>{metric.name}</h1>
      <p className="lede">{metric.definition}</p>
      <p className="muted small">
        Subject: {metric.subject} · Unit: {metric.unit}
      </p>
      <h2>What the sources say</h2>
      <FigureTable
        records={records}
        caption={`${records.length} figures for ${metric.name}`}
        hide={['metric']}
      />
      <p className="muted small">
        Source: {outlets.join('; ')}, via Contested Figures. ·{' '}
        <a href={`/metrics/${metric.slug}/data.csv`} download>
          Download CSV
        </a>
      </p>
      {crossChecks.length > 0 && (
        <>
          <h2>Cross-checks</h2>
          <ul>
            {crossChecks.map((check) => (
              <li key={check.slug}>
                <strong>{check.title}</strong>: {check.formula} = {formatNumber(check.result)} against{' '}
                {formatNumber(check.expected)} —{' '}
                <strong>{check.consistent ? 'consistent' : 'inconsistent'}</strong>. {check.explanation}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
