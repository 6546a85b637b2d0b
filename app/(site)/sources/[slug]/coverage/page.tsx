import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoverageReport } from '@/components/CoverageReport';
import { CoverageTable } from '@/components/CoverageTable';
import { getSourceBySlug, listExcludedMentions, listSourceFigureSpans } from '@/db/queries/sources';
import { requestDb } from '@/db/request-database';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import { figureQueryString } from '@/lib/figures/figure-filters';
import { sourceTitle } from '@/lib/figures/name-source';
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
        title: `Quantity mentions: ${sourceTitle(source)}`,
        description: `Every quantity mentioned in ${source.title ? `“${source.title}”` : 'this article'} and whether it became a figure.`,
        path: `/sources/${source.slug}/coverage`,
      })
    : { title: 'Source not found' };
}

export default async function SourceCoveragePage({ params }: Props) {
  const db = await requestDb();
  const source = await getSourceBySlug(db, (await params).slug);
  if (!source) notFound();
  const [spans, exclusions] = await Promise.all([
    listSourceFigureSpans(db, source.id),
    listExcludedMentions(db, source.id),
  ]);
  const coverage = computeCoverage(source.text, spans, exclusions);
  const sourceHref = `/sources/${source.slug}`;
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › <Link href="/sources">Sources</Link> ›{' '}
        <Link href={sourceHref}>Source</Link> › Quantity mentions
      </p>
      <h1>Quantity mentions in {sourceTitle(source)}</h1>
      <CoverageReport coverage={coverage} />
      <CoverageTable
        coverage={coverage}
        text={source.text}
        figuresHref={`/figures${figureQueryString({ source: [source.slug] })}`}
      />
      <p>
        <Link href={sourceHref}>The archived text with every figure highlighted</Link>
      </p>
    </>
  );
}
