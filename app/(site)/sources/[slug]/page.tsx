import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoverageReport } from '@/components/CoverageReport';
import { FigureTable } from '@/components/FigureTable';
import { MetadataValue } from '@/components/MetadataValue';
import { SourceText } from '@/components/SourceText';
import { listFigureRecords } from '@/db/queries/figure-records';
import { getSourceBySlug, listExcludedMentions } from '@/db/queries/sources';
import { requestDb } from '@/db/request-database';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import { figureFilters } from '@/lib/figures/figure-filters';
import { sourceTitle } from '@/lib/figures/name-source';
import { locateValueSpan } from '@/lib/text/locate-value';
import { formatPublished } from '@/lib/format/format-date';
import { sourceKindLabel } from '@/lib/format/labels';

type Props = { params: Promise<{ slug: string }> };

// An article holds at most a few hundred figures; the text is shown whole.
const sourceFigureLimit = 500;

// None at build time: each is rendered on first request and then cached for the data version.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceBySlug(await requestDb(), (await params).slug);
  return source
    ? {
        title: sourceTitle(source),
        description: `Archived text of ${source.title ? `“${source.title}”` : sourceTitle(source).toLowerCase()}${source.outlet ? ` (${source.outlet})` : ''} with every figure highlighted.`,
      }
    : { title: 'Source not found' };
}

export default async function SourcePage({ params }: Props) {
  const db = await requestDb();
  const source = await getSourceBySlug(db, (await params).slug);
  if (!source) notFound();
  const [records, exclusions] = await Promise.all([
    listFigureRecords(db, figureFilters({ source: [source.slug] }), { limit: sourceFigureLimit }),
    listExcludedMentions(db, source.id),
  ]);
  const coverage = computeCoverage(source.text, records, exclusions);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › <Link href="/sources">Sources</Link> › Source
      </p>
      <h1>{sourceTitle(source)}</h1>
      <dl className="facts">
        <dt>Title</dt>
        <dd>
          <MetadataValue value={source.title} basis={source.titleBasis} evidence={source.titleEvidence} />
        </dd>
        <dt>Outlet</dt>
        <dd>
          <MetadataValue value={source.outlet} basis={source.outletBasis} evidence={source.outletEvidence} />
        </dd>
        <dt>Author</dt>
        <dd>
          <MetadataValue value={source.author} basis={source.authorBasis} evidence={source.authorEvidence} />
        </dd>
        <dt>Published</dt>
        <dd>
          <MetadataValue
            value={source.publishedOn}
            basis={source.publishedBasis}
            evidence={source.publishedEvidence}
          >
            {formatPublished(source.publishedOn, source.publishedPrecision)}
          </MetadataValue>
        </dd>
        <dt>URL</dt>
        <dd>
          <MetadataValue value={source.url} basis={source.urlBasis} evidence={source.urlEvidence}>
            {source.url && <a href={source.url}>{source.url}</a>}
          </MetadataValue>
        </dd>
        <dt>Kind</dt>
        <dd>{sourceKindLabel[source.kind]}</dd>
        <dt>Archived file</dt>
        <dd className="small">
          <code>{source.documentFile}</code>, sha256 <code>{source.sha256}</code>
        </dd>
      </dl>
      <p className="downloads">
        <a href={`/figures.csv?source=${source.slug}`} download>
          Download this source’s figures (CSV)
        </a>
        <a href="/figures.csv" download>
          Download everything (CSV)
        </a>
      </p>
      <CoverageReport coverage={coverage} text={source.text} />
      <h2>Archived text</h2>
      <p className="muted small">
        Highlighted passages are the quotes figures were taken from; each number in bold opens its figure.
      </p>
      <SourceText
        text={source.text}
        figures={records.map((record) => ({
          id: record.publicId,
          quoteStart: record.quoteStart,
          quoteEnd: record.quoteEnd,
          value: locateValueSpan(record.quote, record.quoteStart, record.valueText) ?? null,
        }))}
      />
      <h2>Figures in this article</h2>
      <FigureTable
        records={records}
        caption={`${records.length} figures taken from this article`}
        hide={['source']}
      />
    </>
  );
}
