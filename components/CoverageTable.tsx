import Link from 'next/link';
import { awaitingFigure, type Coverage } from '@/lib/coverage/compute-coverage';
import { exclusionReasonLabel, mentionKindLabel } from '@/lib/format/labels';
import { sliceCodePoints, toCodePoints } from '@/lib/text/code-points';

// Enough words either side for a reader to recognise the mention without opening the text.
const contextLength = 40;

const grouped = new Intl.NumberFormat('en-GB');

/** Every quantity mention of an article in order, with what became of it: a figure, a stated reason, or neither. */
export function CoverageTable({
  coverage,
  text,
  figuresHref,
}: {
  coverage: Coverage;
  text: string;
  /** All of the article's figures, for a mention that many figures share. */
  figuresHref: string;
}) {
  const codePoints = toCodePoints(text);
  return (
    <div className="table-wrap">
      <table className="stack">
        <caption>Quantity mentions in order of appearance</caption>
        <thead>
          <tr>
            <th scope="col">Mention</th>
            <th scope="col">Written as</th>
            <th scope="col">In context</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {coverage.mentions.map((entry) => (
            <tr key={entry.mention.start}>
              <td className="num" data-label="Mention">
                {entry.mention.text}
              </td>
              <td className="small" data-label="Written as">
                {mentionKindLabel[entry.mention.kind]}
              </td>
              <td className="small" data-label="In context">
                …
                {sliceCodePoints(
                  codePoints,
                  Math.max(0, entry.mention.start - contextLength),
                  entry.mention.start,
                )}
                <mark>{entry.mention.text}</mark>
                {sliceCodePoints(codePoints, entry.mention.end, entry.mention.end + contextLength)}…
              </td>
              <td data-label="Status">
                {entry.status === 'covered' &&
                  entry.figureIds.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <Link href={`/figures/${id}`}>figure {id}</Link>
                    </span>
                  ))}
                {entry.status === 'covered' && entry.figureCount > entry.figureIds.length && (
                  <>
                    {' '}
                    and{' '}
                    <Link href={figuresHref}>
                      {grouped.format(entry.figureCount - entry.figureIds.length)} more with the same words
                    </Link>
                  </>
                )}
                {entry.status === 'excluded' &&
                  (entry.reason === awaitingFigure
                    ? 'a claim not yet recorded as a figure'
                    : `left out: ${exclusionReasonLabel[entry.reason] ?? entry.reason}`)}
                {entry.status === 'unaccounted' && <strong>not accounted for</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
