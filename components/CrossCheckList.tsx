import Link from 'next/link';
import type { listCrossChecksForMetric } from '@/db/queries/cross-checks';
import { periodLengthInputs } from '@/lib/figures/day-count';
import { formulaNames } from '@/lib/figures/evaluate-formula';
import { describeTolerance, outcomeLabel } from '@/lib/figures/judge-cross-check';
import { formatPeriod } from '@/lib/format/format-date';
import { formatNumber } from '@/lib/format/format-number';

type CrossChecks = Awaited<ReturnType<typeof listCrossChecksForMetric>>;

/** The period lengths a formula uses ("total_2024_days = 366, the days in 2024"), for readers to redo the sum. */
function periodLengths(check: CrossChecks[number]): string[] {
  const used = new Set(formulaNames(check.formula));
  return check.inputs.flatMap((input) =>
    Object.entries(periodLengthInputs(input.name, input.periodStart, input.periodEnd))
      .filter(([name]) => used.has(name))
      .map(
        ([name, value]) =>
          `${name} = ${formatNumber(Math.round(value * 1000) / 1000)}, the ${name.endsWith('_days') ? 'days' : 'years'} in ${formatPeriod(input.periodStart, input.periodEnd)}`,
      ),
  );
}

/**
 * Arithmetic between the articles' own figures that uses this metric's figures: the verdict (bounds respected),
 * the formula, its inputs, the result and the tolerance; or, when there is none, says so.
 */
export function CrossCheckList({ checks }: { checks: CrossChecks }) {
  return (
    <section aria-labelledby="cross-checks-heading">
      <h2 id="cross-checks-heading">Cross-checks</h2>
      {checks.length === 0 ? (
        <p className="muted">No cross-check uses this metric’s figures.</p>
      ) : (
        <>
          <p className="muted">
            {checks.length === 1
              ? 'One cross-check uses this metric’s figures'
              : `${checks.length} cross-checks use this metric’s figures`}
            : arithmetic between the articles’ own numbers.
          </p>
          <ul className="cross-checks">
            {checks.map((check) => (
              <li key={check.slug} className={check.outcome}>
                <strong>{check.title}</strong>{' '}
                <span className="pill">{outcomeLabel(check.relation, check.outcome)}</span>
                <p>{check.verdict}</p>
                <p>{check.explanation}</p>
                <p className="small muted">
                  <code>{check.formula}</code> = {formatNumber(check.result)}, against{' '}
                  {formatNumber(check.expected)} ({check.compareTo}). {describeTolerance(check)} Inputs:{' '}
                  {check.inputs.map((input, index) => (
                    <span key={input.name}>
                      {index > 0 && ', '}
                      {input.name} = <Link href={`/figures/${input.figurePublicId}`}>{input.valueText}</Link>{' '}
                      ({input.metricName})
                    </span>
                  ))}
                  {periodLengths(check).map((length) => `; ${length}`)}.
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
