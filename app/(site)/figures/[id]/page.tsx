import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CopyButton } from '@/components/CopyButton';
import { FigureTable } from '@/components/FigureTable';
import { JsonLd } from '@/components/JsonLd';
import { MoreFiguresLink } from '@/components/MoreFiguresLink';
import { QuoteInParagraph } from '@/components/QuoteInParagraph';
import { RetractedFigure } from '@/components/RetractedFigure';
import { SideLabel } from '@/components/SideLabel';
import { getMetricBySlug } from '@/db/queries/catalogue';
import { getRetractedFigure, listCorrectionsOfFigure } from '@/db/queries/corrections';
import { listReleases } from '@/db/queries/releases';
import { listSpreadFigures } from '@/db/queries/chart-figures';
import { getDatasetRelease } from '@/db/queries/data-version';
import { getFigureRecord, listFirstFigureRecords } from '@/db/queries/figure-records';
import { getFigureSpanAnchor, getQuotedVersion, getSourceBySlug } from '@/db/queries/sources';
import { requestDb } from '@/db/request-database';
import { declaredStatusName } from '@/lib/http/declared-status.mjs';
import { computeSpread } from '@/lib/charts/compute-spread';
import { describeCorrection, describeRetraction } from '@/lib/corrections/describe-correction';
import { releaseOfDay, releaseWindows } from '@/lib/releases/release-of-day';
import { readSiteOrigin } from '@/lib/env';
import { citeFigure, outletNotNamed } from '@/lib/figures/cite-figure';
import { describeStatedBound } from '@/lib/figures/describe-stated-bound';
import { describeNormalisation } from '@/lib/figures/describe-normalisation';
import { figureFilters } from '@/lib/figures/figure-filters';
import { sourceCredit, sourceTitle } from '@/lib/figures/name-source';
import { formatPeriod, formatPublished } from '@/lib/format/format-date';
import { formatFigureValue } from '@/lib/format/format-number';
import { claimJsonLd } from '@/lib/site/structured-data';
import { figureKindLabel } from '@/lib/format/labels';
import { figureTablePageSize, moreFigures, rowsOfTotal } from '@/lib/figures/more-figures';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ id: string }> };

// None at build time: each is rendered on first request and then cached for the data version.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const db = await requestDb();
  const id = (await params).id;
  const record = await getFigureRecord(db, id);
  if (record) {
    return pageMetadata({
      title: `${formatFigureValue(record)}: ${record.metric.name}`,
      description: `${record.claimant.name}, reported by ${sourceCredit(record.source)}: “${record.quote}”`,
      path: `/figures/${record.publicId}`,
      ownCard: true,
    });
  }
  const retracted = await getRetractedFigure(db, id);
  return retracted
    ? {
        title: `Retracted: ${retracted.metricName}`,
        robots: { index: false },
        // Pages cannot set a status: the server sends this one (lib/http/declared-status.mjs).
        other: { [declaredStatusName]: '410' },
      }
    : { title: 'Figure not found' };
}

export default async function FigurePage({ params }: Props) {
  const db = await requestDb();
  const id = (await params).id;
  const record = await getFigureRecord(db, id);
  if (!record) {
    const retracted = await getRetractedFigure(db, id);
    if (!retracted) notFound();
    return (
      <RetractedFigure
        notice={describeRetraction(retracted)}
        claimantName={retracted.claimantName}
        metricName={retracted.metricName}
        valueText={retracted.valueText}
        quote={retracted.quote}
        sourceHref={`/sources/${retracted.source.slug}`}
        sourceTitle={sourceTitle(retracted.source)}
      />
    );
  }
  const corrections = await listCorrectionsOfFigure(db, record.id);
  const sameMetricView = { metric: [record.metric.slug] };
  const origin = readSiteOrigin();
  const [source, quotedVersion, sameMetric, metric, releases] = await Promise.all([
    getSourceBySlug(db, record.source.slug),
    getQuotedVersion(db, record.id),
    // One row more than the table shows, in case this figure is among them.
    listFirstFigureRecords(db, figureFilters(sameMetricView), figureTablePageSize + 1),
    getMetricBySlug(db, record.metric.slug),
    listReleases(db),
  ]);
  const addedIn = releaseOfDay(releaseWindows(releases), record.addedOn);
  const spreadCandidates = metric
    ? ((await listSpreadFigures(db, [metric.metric.id])).get(metric.metric.id) ?? [])
    : [];
  const others = sameMetric.records
    .filter((other) => other.publicId !== record.publicId)
    .slice(0, figureTablePageSize);
  const otherCount = sameMetric.total - 1;
  const spread = computeSpread(spreadCandidates);
  const perYear = describeNormalisation(record);
  // The source text anchors each quote and value once, at the first figure that has them.
  const anchor = source ? await getFigureSpanAnchor(db, { ...record, sourceId: source.id }) : undefined;
  const sourceHref = quotedVersion
    ? `/sources/${record.source.slug}#earlier-versions`
    : `/sources/${record.source.slug}#figure-${anchor ?? record.publicId}`;
  const citation = citeFigure(record, {
    origin,
    accessedOn: new Date().toISOString().slice(0, 10),
    dataVersion: (await getDatasetRelease(db)).version,
  });
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › <Link href={`/topics/${record.topic.slug}`}>{record.topic.name}</Link> ›{' '}
        <Link href={`/metrics/${record.metric.slug}`}>{record.metric.name}</Link> › Figure
      </p>
      <JsonLd data={claimJsonLd(record, origin)} />
      <h1>{record.metric.name}</h1>
      <p className="figure-headline">{formatFigureValue(record)}</p>
      <p className="lede">
        As stated: “<span className="figure-value">{record.valueText}</span>”
        {perYear && <> · per year: {perYear}</>}
      </p>
      {corrections.length > 0 && (
        <ul className="notice corrections" aria-label="Corrections">
          {corrections.map((correction, index) => (
            <li key={index}>{describeCorrection(correction)}</li>
          ))}
        </ul>
      )}
      {source && (
        <QuoteInParagraph
          text={quotedVersion?.text ?? source.text}
          quoteStart={record.quoteStart}
          quoteEnd={record.quoteEnd}
          valueText={record.valueText}
        />
      )}
      {quotedVersion && (
        <p className="notice">
          Quoted from the version of the article replaced on{' '}
          {formatPublished(quotedVersion.replacedOn, 'day')}; the outlet has since corrected the article
          {quotedVersion.note ? ` (${quotedVersion.note})` : ''}.
        </p>
      )}
      <p>
        {/* A full navigation, not <Link>: only a real fragment navigation makes the highlight the :target. */}
        <a href={sourceHref}>
          {quotedVersion
            ? 'See the corrected article and its earlier versions'
            : 'See this sentence in the source'}
        </a>
      </p>
      <dl className="facts">
        <dt>Who says so</dt>
        <dd>
          <Link href={`/claimants/${record.claimant.slug}`}>{record.claimant.name}</Link>{' '}
          <SideLabel side={record.claimant.side} />
        </dd>
        <dt>Reported by</dt>
        <dd>
          {record.source.title && record.source.outlet && `${record.source.outlet}, in `}
          <Link href={`/sources/${record.source.slug}`}>{sourceTitle(record.source)}</Link>
          {record.source.title && !record.source.outlet && ` (${outletNotNamed})`}
        </dd>
        <dt>Published</dt>
        <dd>{formatPublished(record.source.publishedOn, record.source.publishedPrecision)}</dd>
        <dt>Refers to</dt>
        <dd>{formatPeriod(record.periodStart, record.periodEnd)}</dd>
        <dt>What kind of figure</dt>
        <dd>{figureKindLabel[record.kind]}</dd>
        <dt>How it was stated</dt>
        <dd>{describeStatedBound(record)}</dd>
        <dt>In this dataset since</dt>
        <dd>
          <time dateTime={record.addedOn}>{formatPublished(record.addedOn, 'day')}</time>
          {addedIn && (
            <>
              {' '}
              (<Link href={`/changes#release-${addedIn}`}>version {addedIn}</Link>)
            </>
          )}
        </dd>
        {record.note && (
          <>
            <dt>Note</dt>
            <dd>{record.note}</dd>
          </>
        )}
      </dl>
      <details className="technical-details">
        <summary>Technical details</summary>
        <p className="small">
          The quote is code points {record.quoteStart}–{record.quoteEnd} of the archived text of the article
          {quotedVersion ? ' as it was before the correction' : ''}, whose SHA-256 checksum is{' '}
          <code>{quotedVersion?.sha256 ?? record.source.sha256}</code>. A reader with the archived file can
          check both.
        </p>
      </details>
      <section aria-labelledby="cite-heading" className="cite">
        <h2 id="cite-heading">Cite this figure</h2>
        <p className="muted small">Style: {citation.style}.</p>
        <p className="notice citation" id="citation">
          {citation.parts.map((part, index) => (part.title ? <i key={index}>{part.text}</i> : part.text))}
        </p>
        <p className="cite-actions">
          <CopyButton text={citation.plain} targetId="citation" withFormatting label="Copy citation" />
        </p>
        <details className="plain-citation">
          <summary>Plain text</summary>
          <textarea
            id="citation-plain"
            readOnly
            rows={4}
            value={citation.plain}
            aria-label="The citation as plain text"
          />
          <CopyButton text={citation.plain} targetId="citation-plain" label="Copy plain text" />
        </details>
      </section>
      <section aria-labelledby="others-heading">
        <h2 id="others-heading">Other figures for {record.metric.name}</h2>
        {others.length === 0 ? (
          <p className="muted">This is the only figure for this metric so far.</p>
        ) : (
          <>
            {spread && (
              <p>
                {spread.text}. Measured on{' '}
                {sameMetric.total === 2 ? 'both' : `all ${sameMetric.total.toLocaleString('en-GB')}`} figures
                for this metric. {spread.note}{' '}
                <Link href={`/metrics/${record.metric.slug}`}>Compare them on a chart</Link>.
              </p>
            )}
            <FigureTable
              records={others}
              caption={
                otherCount === 1
                  ? 'The other figure for this metric'
                  : `The other figures for this metric, ${rowsOfTotal(others.length, otherCount)}`
              }
              hide={['metric']}
            />
            <MoreFiguresLink more={moreFigures(sameMetricView, sameMetric.total, others, 1)} />
          </>
        )}
      </section>
    </>
  );
}
