import type { Metadata } from 'next';
import Link from 'next/link';
import { SideLabel } from '@/components/SideLabel';
import { listClaimantSummaries } from '@/db/queries/claimants';
import { requestDb } from '@/db/request-database';
import { claimantKindLabel } from '@/lib/format/labels';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Who says so',
  description: 'The people and bodies who assert the figures, with the side they speak for.',
  path: '/claimants',
});

export default async function ClaimantsPage() {
  const claimants = await listClaimantSummaries(await requestDb());
  return (
    <>
      <h1>Who says so</h1>
      <p className="lede">
        The people and bodies who assert each figure. They are not the outlets: a think tank’s estimate
        reported by a newspaper is the think tank’s figure.
      </p>
      <div className="table-wrap">
        <table className="stack">
          <caption>{claimants.length} people and bodies</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Who they are</th>
              <th scope="col">Side</th>
              <th scope="col">Figures</th>
            </tr>
          </thead>
          <tbody>
            {claimants.map((claimant) => (
              <tr key={claimant.slug}>
                <td data-label="Name">
                  <Link href={`/claimants/${claimant.slug}`}>{claimant.name}</Link>
                  {claimant.role && <div className="muted small">{claimant.role}</div>}
                </td>
                <td data-label="Who they are">{claimantKindLabel[claimant.kind]}</td>
                <td data-label="Side">
                  <SideLabel side={claimant.side} />
                </td>
                <td className="num" data-label="Figures">
                  {claimant.figureCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
