import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SideLabel } from '@/components/SideLabel';
import { getFigureRecord } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import { formatPeriod, formatPublished } from '@/lib/format/format-date';
import { describeNormalisation } from '@/lib/figures/describe-normalisation';
import { formatFigureValue } from '@/lib/format/format-number';
import { figureKindLabel } from '@/lib/format/labels';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await getFigureRecord(await requestDb(), (await params).id);
  return record
    ? {
        title: `${record.valueText}: ${record.metric.name}`,
        description: `${record.claimant.name}, reported by ${record.source.outlet ?? 'an unknown outlet'}: “${record.quote}”`,
      }
    : { title: 'Figure not found' };
}

/** The quote with its stated value marked, so a reader sees exactly which words the figure is. */
function QuoteWithValue({ quote, valueText }: { quote: string; valueText: string }) {
  const at = quote.indexOf(valueText);
  if (at === -1) return <>{quote}</>;
  return (
    <>
      {quote.slice(0, at)}
      <mark className="value">{valueText}</mark>
      {quote.slice(at + valueText.length)}
    </>
  );
}

export default async function FigurePage({ params }: Props) {
  const record = await getFigureRecord(await requestDb(), (await params).id);
  if (!record) notFound();
  const normalised = describeNormalisation(record);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › <Link href={`/topics/${record.topic.slug}`}>{record.topic.name}</Link> ›{' '}
        <Link href={`/metrics/${record.metric.slug}`}>{record.metric.name}</Link> › Figure
      </p>
      <h1>{record.metric.name}</h1>
      <p className="figure-value">{record.valueText}</p>
      <p className="lede">
        {formatFigureValue(record)}
        {normalised && <> · per year: {normalised}</>}
      </p>
      <blockquote className="quote" cite={`/sources/${record.source.slug}#figure-${record.publicId}`}>
        <QuoteWithValue quote={record.quote} valueText={record.valueText} />
      </blockquote>
      <p>
        {/* A full navigation, not <Link>: only a real fragment navigation makes the highlight the :target. */}
        <a href={`/sources/${record.source.slug}#figure-${record.publicId}`}>
          See this sentence in the source
        </a>
      </p>
      <dl className="facts">
        <dt>Claimant</dt>
        <dd>
          <Link href={`/claimants/${record.claimant.slug}`}>{record.claimant.name}</Link>{' '}
          <SideLabel side={record.claimant.side} />
        </dd>
        <dt>Reported by</dt>
        <dd>
          <Link href={`/sources/${record.source.slug}`}>{record.source.title ?? record.source.slug}</Link>
          {' — '}
          {record.source.outlet ?? 'outlet unknown'},{' '}
          {formatPublished(record.source.publishedOn, record.source.publishedPrecision)}
        </dd>
        <dt>Refers to</dt>
        <dd>{formatPeriod(record.periodStart, record.periodEnd)}</dd>
        <dt>Kind</dt>
        <dd>{figureKindLabel[record.kind]}</dd>
        <dt>Metric</dt>
        <dd>
          <Link href={`/metrics/${record.metric.slug}`}>{record.metric.name}</Link> (unit:{' '}
          {record.metric.unit})
        </dd>
        {record.note && (
          <>
            <dt>Note</dt>
            <dd>{record.note}</dd>
          </>
        )}
        <dt>Position in text</dt>
        <dd className="small">
          code points {record.quoteStart}–{record.quoteEnd} of the archived text (sha256{' '}
          <code>{record.source.sha256.slice(0, 12)}…</code>)
        </dd>
        <dt>Permalink</dt>
        <dd>
          <Link href={`/figures/${record.publicId}`}>/figures/{record.publicId}</Link>
        </dd>
      </dl>
    </>
  );
}
