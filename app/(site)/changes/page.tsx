import type { Metadata } from 'next';
import Link from 'next/link';
import { listReleaseChanges } from '@/db/queries/releases';
import { CorrectionLogList } from '@/components/CorrectionLogList';
import { requestDb } from '@/db/request-database';
import { formatDay } from '@/lib/corrections/describe-correction';
import { formatCount } from '@/lib/format/format-number';
import { describeReleaseChanges } from '@/lib/releases/describe-release';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Changes to the data',
  description:
    'Every release of the dataset, newest first, with the figures it added, corrected and retracted.',
  path: '/changes',
});

export default async function ChangesPage() {
  const { releases, unreleasedFigures } = await listReleaseChanges(await requestDb());
  const current = releases[0];
  return (
    <>
      <h1>Changes to the data</h1>
      <p className="lede">
        Every release of the dataset, newest first, with the figures it added, corrected and retracted.
        {current &&
          ` The current version is ${current.version}, released ${formatDay(current.releasedOn)}.`}{' '}
        A citation names the version it was taken from. Corrections and retractions are also listed on their
        own in the <Link href="/corrections">corrections log</Link>.
      </p>
      {unreleasedFigures > 0 && (
        <p className="muted">
          This database also holds {formatCount(unreleasedFigures)} figures added after the newest release,
          written outside the seed files; no release lists them.
        </p>
      )}
      {releases.map((release) => {
        const corrected = new Set(
          release.corrections.filter((entry) => entry.kind === 'correction').map((entry) => entry.publicId),
        );
        const retracted = release.corrections.filter((entry) => entry.kind === 'retraction').length;
        const unlisted = release.addedCount - release.added.length;
        return (
          <section key={release.version} aria-labelledby={`release-${release.version}`}>
            <h2 id={`release-${release.version}`}>
              Version {release.version},{' '}
              <time dateTime={release.releasedOn}>{formatDay(release.releasedOn)}</time>
            </h2>
            <p>{release.summary}</p>
            <p>
              {describeReleaseChanges({
                added: release.addedCount,
                corrected: corrected.size,
                retracted,
              })}
            </p>
            {release.added.length > 0 && (
              <details>
                <summary>
                  Figures added in {release.version} ({formatCount(release.addedCount)})
                </summary>
                <ul>
                  {release.added.map((figure) => (
                    <li key={figure.publicId}>
                      <Link href={`/figures/${figure.publicId}`}>
                        {figure.metricName}: “{figure.valueText}”
                      </Link>{' '}
                      <span className="muted">
                        · {figure.claimantName}
                        {figure.retracted && ' · retracted since'}
                      </span>
                    </li>
                  ))}
                </ul>
                {unlisted > 0 && (
                  <p className="muted">
                    {formatCount(unlisted)} more added in this release are not listed here; every figure is in
                    the <a href="/figures.csv">full CSV</a>.
                  </p>
                )}
              </details>
            )}
            {release.corrections.length > 0 && (
              <>
                <h3>Corrections and retractions in {release.version}</h3>
                <CorrectionLogList entries={release.corrections} />
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
