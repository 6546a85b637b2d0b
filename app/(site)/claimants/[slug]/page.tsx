import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FigureTable } from '@/components/FigureTable';
import { MoreFiguresLink } from '@/components/MoreFiguresLink';
import { SideLabel } from '@/components/SideLabel';
import { getClaimantBySlug } from '@/db/queries/claimants';
import { listFirstFigureRecords } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import { figureFilters } from '@/lib/figures/figure-filters';
import { claimantKindLabel } from '@/lib/format/labels';
import { figureTablePageSize, moreFigures, rowsOfTotal } from '@/lib/figures/more-figures';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// None at build time: each is rendered on first request and then cached for the data version.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claimant = await getClaimantBySlug(await requestDb(), (await params).slug);
  return claimant
    ? pageMetadata({
        title: claimant.name,
        description: `Figures claimed by ${claimant.name}. ${claimant.description}`,
        path: `/claimants/${claimant.slug}`,
      })
    : { title: 'Not found' };
}

export default async function ClaimantPage({ params }: Props) {
  const db = await requestDb();
  const claimant = await getClaimantBySlug(db, (await params).slug);
  if (!claimant) notFound();
  const view = { claimant: [claimant.slug] };
  const { records, total } = await listFirstFigureRecords(db, figureFilters(view), figureTablePageSize);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › <Link href="/claimants">Who says so</Link> › Profile
      </p>
      <h1>{claimant.name}</h1>
      <p className="lede">{claimant.description}</p>
      <dl className="facts">
        {claimant.role && (
          <>
            <dt>Role</dt>
            <dd>{claimant.role}</dd>
          </>
        )}
        <dt>Who they are</dt>
        <dd>{claimantKindLabel[claimant.kind]}</dd>
        <dt>Side</dt>
        <dd>
          <SideLabel side={claimant.side} />
        </dd>
      </dl>
      <h2>Figures</h2>
      <p className="downloads">
        <a href={`/figures.csv?claimant=${claimant.slug}`} download>
          Download {claimant.name}’s figures (CSV)
        </a>
        <a href="/figures.csv" download>
          Download everything (CSV)
        </a>
      </p>
      <FigureTable
        records={records}
        caption={`Figures claimed by ${claimant.name}, ${rowsOfTotal(records.length, total)}`}
        hide={['claimant']}
      />
      <MoreFiguresLink more={moreFigures(view, total, records)} />
    </>
  );
}
