import Link from 'next/link';
import type { listCrossChecksForMetric } from '@/db/queries/cross-checks';
import { formatNumber } from '@/lib/format/format-number';

type CrossChecks = Awaited<ReturnType<typeof listCrossChecksForMetric>>;

/** Arithmetic between the articles' own figures: the formula, its inputs, the result and the verdict. */
export function CrossCheckList({ checks }: { checks: CrossChecks }) {
  return (
    <section aria-labelledby="cross-checks-heading">
      <h2 id="cross-checks-heading">Cross-checks</h2>
      <ul className="cross-checks">
        {checks.map((check) => (
          <li key={check.slug} className={check.consistent ? 'consistent' : 'inconsistent'}>
            <strong>{check.title}</strong>{' '}
            {/* The verdict is on the arithmetic alone; the explanation says what a mismatch may mean. */}
            <span className="pill">
              {check.consistent ? 'Arithmetic matches' : 'Arithmetic does not match'}
            </span>
            <p>{check.explanation}</p>
            <p className="small muted">
              <code>{check.formula}</code> = {formatNumber(check.result)}, against{' '}
              {formatNumber(check.expected)} ({check.compareTo}); within {Math.round(check.tolerance * 100)}%
              counts as a match. Inputs:{' '}
              {check.inputs.map((input, index) => (
                <span key={input.name}>
                  {index > 0 && ', '}
                  {input.name} = <Link href={`/figures/${input.figurePublicId}`}>{input.valueText}</Link> (
                  {input.metricName})
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
