import Link from 'next/link';
import { formatDay, type CorrectionLogEntry } from '@/lib/corrections/describe-correction';

/** Corrections and retractions as a list, each with its day, the figure it changed, and what the record says. */
export function CorrectionLogList({ entries }: { entries: readonly CorrectionLogEntry[] }) {
  return (
    <ol className="corrections-log">
      {entries.map((entry) => (
        <li key={`${entry.kind}-${entry.publicId}-${entry.order}`}>
          <time dateTime={entry.on}>{formatDay(entry.on)}</time>{' '}
          <Link href={`/figures/${entry.publicId}`}>
            {entry.metricName}: “{entry.valueText}”
          </Link>
          <p>{entry.text}</p>
        </li>
      ))}
    </ol>
  );
}
