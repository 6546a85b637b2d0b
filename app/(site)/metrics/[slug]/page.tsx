import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadMetricDatasetJsonLd } from '@/app/_structured-data/load-dataset-json-ld';
import { MetricChart } from '@/components/charts/MetricChart';
import { NumberCard } from '@/components/charts/NumberCard';
import { CrossCheckList } from '@/components/CrossCheckList';
import { FigureTable } from '@/components/FigureTable';
import { JsonLd } from '@/components/JsonLd';
import { MoreFiguresLink } from '@/components/MoreFiguresLink';
import { OneSideNote } from '@/components/OneSideNote';
import { RelatedFigures } from '@/components/RelatedFigures';
import { getMetricBySlug } from '@/db/queries/catalogue';
import { getMetricChartFigures } from '@/db/queries/chart-figures';
import { listClaimantsOfMetric } from '@/db/queries/claimants';
import { listCrossChecksForMetric } from '@/db/queries/cross-checks';
import { listFirstFigureRecords, listMetricComparisonFacts } from '@/db/queries/figure-records';
import { listRelatedMetrics } from '@/db/queries/metric-relations';
import { requestDb } from '@/db/request-database';
import { chartPeriodSpan } from '@/lib/charts/chart-period-span';
import { shapeChartFigures } from '@/lib/charts/shape-chart-figures';
import { describeDifferences } from '@/lib/figures/describe-differences';
import { describeOneSide } from '@/lib/figures/describe-one-side';
import { formatCount, formatUnit } from '@/lib/format/format-number';
import { figureFilters } from '@/lib/figures/figure-filters';
import { figureTablePageSize, moreFigures, rowsOfTotal } from '@/lib/figures/more-figures';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// None at build time: each is rendered on first request and then cached for the data version.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getMetricBySlug(await requestDb(), (await params).slug);
  return found
    ? pageMetadata({
        title: found.metric.name,
        description: `${found.metric.definition} Every claim, side by side, with its source.`,
        path: `/metrics/${found.metric.slug}`,
        ownCard: true,
      })
    : { title: 'Metric not found' };
}

export default async function MetricPage({ params }: Props) {
  const db = await requestDb();
  const found = await getMetricBySlug(db, (await params).slug);
  if (!found) notFound();
  const { metric, topic } = found;
  const tableView = { metric: [metric.slug] };
  const [comparisonFacts, crossChecks, chartFigures, table, claimantsOfMetric, related] = await Promise.all([
    listMetricComparisonFacts(db, metric.id),
    listCrossChecksForMetric(db, metric.id),
    getMetricChartFigures(db, metric),
    listFirstFigureRecords(db, figureFilters(tableView), figureTablePageSize),
    listClaimantsOfMetric(db, metric.id),
    listRelatedMetrics(db, metric.id),
  ]);
  const jsonLd = await loadMetricDatasetJsonLd(db, metric, topic.name, chartPeriodSpan(chartFigures));
  const oneSide = describeOneSide(claimantsOfMetric);
  const { card, chart, spread, sourceLine: source } = shapeChartFigures(chartFigures, metric);
  const differences = describeDifferences(comparisonFacts);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › <Link href={`/topics/${topic.slug}`}>{topic.name}</Link> › Metric
      </p>
      <JsonLd data={jsonLd} />
      <h1>{metric.name}</h1>
      <p className="lede">{metric.definition}</p>
      <p className="muted small">
        About {metric.subject} · Unit: {formatUnit(metric.unit)} · {formatCount(table.total)} figure
        {table.total === 1 ? '' : 's'}
      </p>
      <section aria-labelledby="chart-heading" className="chart-section">
        <h2 id="chart-heading">What the sources say</h2>
        {oneSide && <OneSideNote parts={oneSide} />}
        {card ? (
          <NumberCard card={card} />
        ) : (
          chart && <MetricChart chart={chart} title={metric.name} slug={metric.slug} sourceLine={source} />
        )}
        {source ? (
          <p className="source-line small">{source}</p>
        ) : (
          <p className="muted">
            No published figure measures this; see the <Link href="/corrections">corrections log</Link> for
            any that were retracted or moved.
          </p>
        )}
        <p className="downloads">
          <a href={`/metrics/${metric.slug}/data.csv`} download>
            Download CSV (this chart)
          </a>
          <a href="/figures.csv" download>
            Download everything (CSV)
          </a>
        </p>
      </section>
      {(spread || metric.note || differences.length > 0) && (
        <section aria-labelledby="why-heading">
          <h2 id="why-heading">{spread?.disagree ? 'Why they differ' : 'How these figures compare'}</h2>
          {spread && (
            <p>
              <strong>{spread.text}.</strong> {spread.note}
            </p>
          )}
          {metric.note && <p>{metric.note}</p>}
          {differences.length > 0 && (
            <ul>
              {differences.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <CrossCheckList checks={crossChecks} />
      {related.length > 0 && <RelatedFigures related={related} />}
      <h2>The figures</h2>
      <FigureTable
        records={table.records}
        caption={`Figures for ${metric.name}, ${rowsOfTotal(table.records.length, table.total)}: select a row to open it`}
        hide={['metric']}
      />
      <MoreFiguresLink more={moreFigures(tableView, table.total, table.records)} />
    </>
  );
}
