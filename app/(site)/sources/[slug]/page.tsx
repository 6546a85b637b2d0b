import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoverageReport } from '@/components/CoverageReport';
import { FigureTable } from '@/components/FigureTable';
import { MoreFiguresLink } from '@/components/MoreFiguresLink';
import { MetadataValue } from '@/components/MetadataValue';
import { SourceText } from '@/components/SourceText';
import { listFirstFigureRecords } from '@/db/queries/figure-records';
import {
  getSourceBySlug,
  listExcludedMentions,
  listSourceFigureSpans,
  listSourceVersions,
} from '@/db/queries/sources';
import { requestDb } from '@/db/request-database';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import { figureFilters } from '@/lib/figures/figure-filters';
import { figureTablePageSize, moreFigures, rowsOfTotal } from '@/lib/figures/more-figures';
import { sourceTitle } from '@/lib/figures/name-source';
import { locateValueSpan } from '@/lib/text/locate-value';
import { formatPublished } from '@/lib/format/format-date';
import { sourceKindLabel } from '@/lib/format/labels';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// None at build time: each is rendered on first request and then cached for the data version.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceBySlug(await requestDb(), (await params).slug);
  return source
    ? pageMetadata({
        title: sourceTitle(source),
        description: `Archived text of ${source.title ? `“${source.title}”` : sourceTitle(source).toLowerCase()}${source.outlet ? ` (${source.outlet})` : ''} with every figure highlighted.`,
        path: `/sources/${source.slug}`,
      })
    : { title: 'Source not found' };
}

export default async function SourcePage({ params }: Props) {
  const db = await requestDb();
  const source = await getSourceBySlug(db, (await params).slug);
  if (!source) notFound();
  const view = { source: [source.slug] };
  const [table, spans, exclusions, versions] = await Promise.all([
    listFirstFigureRecords(db, figureFilters(view), figureTablePageSize),
    listSourceFigureSpans(db, source.id),
    listExcludedMentions(db, source.id),
    listSourceVersions(db, source.id),
  ]);
  const coverage = computeCoverage(source.text, spans, exclusions);
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
        <dt>What kind of article</dt>
        <dd>{sourceKindLabel[source.kind]}</dd>
      </dl>
      <details className="technical-details">
        <summary>Technical details</summary>
        <p className="small">
          Archived file <code>{source.documentFile}</code>, SHA-256 checksum <code>{source.sha256}</code>.
          Quote positions on figure pages count code points of this file’s text.
        </p>
      </details>
      {versions.length > 0 && (
        <section aria-labelledby="versions-heading" id="earlier-versions">
          <h2 id="versions-heading">Earlier versions</h2>
          <p className="muted small">
            The text below is the article as the outlet now publishes it. Figures quoted from an earlier
            version keep that version’s words.
          </p>
          <ul>
            {versions.map((version) => (
              <li key={version.documentFile}>
                Corrected by the outlet on {formatPublished(version.replacedOn, 'day')}
                {version.note ? `: ${version.note}` : ''}. The earlier text is archived as{' '}
                <code>{version.documentFile}</code>, SHA-256 checksum <code>{version.sha256}</code>.
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="downloads">
        <a href={`/figures.csv?source=${source.slug}`} download>
          Download this source’s figures (CSV)
        </a>
        <a href="/figures.csv" download>
          Download everything (CSV)
        </a>
      </p>
      <CoverageReport coverage={coverage} mentionsHref={`/sources/${source.slug}/coverage`} />
      <h2>Archived text</h2>
      <p className="muted small">
        Highlighted passages are the quotes figures were taken from; each number in bold opens its figure
        (where several figures share a quote and a stated value, the first of them).
      </p>
      <SourceText
        text={source.text}
        figures={spans.map((span) => ({
          id: span.publicId,
          quoteStart: span.quoteStart,
          quoteEnd: span.quoteEnd,
          value: locateValueSpan(span.quote, span.quoteStart, span.valueText) ?? null,
        }))}
      />
      <h2>Figures in this article</h2>
      <FigureTable
        records={table.records}
        caption={`Figures taken from this article, ${rowsOfTotal(table.records.length, table.total)}`}
        hide={['source']}
      />
      <MoreFiguresLink more={moreFigures(view, table.total, table.records)} />
    </>
  );
}
