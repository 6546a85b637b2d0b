import Link from 'next/link';
import type { Coverage } from '@/lib/coverage/compute-coverage';
import { exclusionReasonLabel } from '@/lib/format/labels';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** How every number in the article is accounted for: a figure, a stated reason to leave it out, or neither. */
export function CoverageReport({ coverage }: { coverage: Coverage }) {
  const reasons = Object.entries(coverage.excludedByReason)
    .map(([reason, count]) => `${count} ${exclusionReasonLabel[reason] ?? reason}`)
    .join(', ');
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">Coverage</h2>
      <p>
        This article has {plural(coverage.mentions.length, 'number mention')}: {coverage.covered} recorded as
        figures, {coverage.excluded} left out on purpose{reasons ? ` (${reasons})` : ''}
        {coverage.unaccounted > 0 ? (
          <>
            , and <strong>{coverage.unaccounted} not yet accounted for</strong>
          </>
        ) : (
          ', and none missed'
        )}
        .
      </p>
      <details>
        <summary>Every number mention and what became of it</summary>
        <div className="table-wrap">
          <table>
            <caption>Number mentions in order of appearance</caption>
            <thead>
              <tr>
                <th scope="col">Mention</th>
                <th scope="col">Position</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {coverage.mentions.map((entry) => (
                <tr key={entry.mention.start}>
                  <td className="num">{entry.mention.text}</td>
                  <td className="num">{entry.mention.start}</td>
                  <td>
                    {entry.status === 'covered' &&
                      entry.figureIds.map((id, index) => (
                        <span key={id}>
                          {index > 0 && ', '}
                          <Link href={`/figures/${id}`}>figure</Link>
                        </span>
                      ))}
                    {entry.status === 'excluded' &&
                      `left out: ${exclusionReasonLabel[entry.reason] ?? entry.reason}`}
                    {entry.status === 'unaccounted' && <strong>not accounted for</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
