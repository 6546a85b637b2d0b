import type { Metadata } from 'next';
import Link from 'next/link';
import { SideLabel } from '@/components/SideLabel';
import { listClaimantSummaries } from '@/db/queries/claimants';
import { requestDb } from '@/db/request-database';
import { claimantKindLabel } from '@/lib/format/labels';

export const metadata: Metadata = {
  title: 'Claimants',
  description: 'The people and bodies who assert the figures, with the side they speak for.',
};

export default async function ClaimantsPage() {
  const claimants = await listClaimantSummaries(await requestDb());
  return (
    <>
      <h1>Claimants</h1>
      <p className="lede">
        Who asserts each figure. A claimant is not the outlet: a think tank’s estimate reported by a newspaper
        is the think tank’s claim.
      </p>
      <div className="table-wrap">
        <table>
          <caption>{claimants.length} claimants</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Side</th>
              <th scope="col">Figures</th>
            </tr>
          </thead>
          <tbody>
            {claimants.map((claimant) => (
              <tr key={claimant.slug}>
                <td>
                  <Link href={`/claimants/${claimant.slug}`}>{claimant.name}</Link>
                  {claimant.role && <div className="muted small">{claimant.role}</div>}
                </td>
                <td>{claimantKindLabel[claimant.kind]}</td>
                <td>
                  <SideLabel side={claimant.side} />
                </td>
                <td className="num">{claimant.figureCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
