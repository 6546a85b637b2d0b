import type { CrossCheck, Figure } from '@/db/schema';
import { formatQuantity } from '@/lib/format/format-number';
import type { Interval } from './evaluate-formula';

/**
 * What a cross-check expects of its computed result against the figure it is compared to: `equal` (the same
 * quantity two ways), `at_most` (a part against its whole, a holding now against an earlier one) or `at_least`.
 */
export type CrossCheckRelation = CrossCheck['relation'];

/** Holds whatever the bounds; possible only within them (an open bound allows both); fails whatever they are. */
export type CrossCheckOutcome = CrossCheck['outcome'];

type Bounded = Pick<Figure, 'value' | 'valueLow' | 'valueHigh' | 'bound'>;

/** The values a figure's words allow: "more than 1,500" is 1,500 up, "less than 500" 500 down, a range its ends. */
export function figureInterval(figure: Bounded): Interval {
  const { value, valueLow, valueHigh, bound } = figure;
  const stated = value ?? ((valueLow ?? 0) + (valueHigh ?? 0)) / 2;
  if (bound === 'more_than' || bound === 'at_least') {
    return { low: valueLow ?? stated, high: Infinity, lowOpen: bound === 'more_than' };
  }
  if (bound === 'less_than' || bound === 'up_to') {
    return { low: -Infinity, high: valueHigh ?? stated, highOpen: bound === 'less_than' };
  }
  if (bound === 'range') return { low: valueLow ?? stated, high: valueHigh ?? stated };
  return { low: stated, high: stated };
}

export interface CrossCheckTerms {
  relation: CrossCheckRelation;
  /** What the formula computes, from the figures' bounds. */
  result: Interval;
  /** The figure it is checked against. */
  expected: Interval;
  /** A share: of the result for `equal`; of the whole for `at_most` and `at_least`. */
  tolerance: number;
  unit: string;
  /** "the 2024 daily average", "the stated rate": what the sentence calls each side. */
  resultLabel: string;
  compareLabel: string;
}

const slack = (value: number, tolerance: number) =>
  Number.isFinite(value) ? tolerance * Math.abs(value) : 0;

function outcomeOf({ relation, result: r, expected: e, tolerance: t }: CrossCheckTerms): CrossCheckOutcome {
  if (relation !== 'equal') {
    // The part may pass its whole by the tolerance, a share of the whole.
    const [part, whole] = relation === 'at_most' ? [r, e] : [e, r];
    if (part.high <= whole.low + slack(whole.low, t)) return 'holds';
    return part.low > whole.high + slack(whole.high, t) ? 'fails' : 'possible';
  }
  if (e.high <= r.low + slack(r.low, t) && e.low >= r.high - slack(r.high, t)) return 'holds';
  return e.low <= r.high + slack(r.high, t) && e.high >= r.low - slack(r.low, t) ? 'possible' : 'fails';
}

const percent = (share: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'percent',
    maximumFractionDigits: Math.abs(share) < 0.1 ? 1 : 0,
  }).format(share);

// A computed average of 1,177.02 people reads as 1,177; small values keep their decimals (17.91%).
const readable = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : value);

function quantity(value: number, unit: string): string {
  return formatQuantity(readable(value), unit);
}

/** An interval in words: "1,177 people", "more than 1,500 people", "at most 500 km²", "5 to 7". */
export function describeInterval({ low, high, lowOpen, highOpen }: Interval, unit: string): string {
  if (low === high) return quantity(low, unit);
  if (low === -Infinity && high === Infinity) return 'any value';
  if (low === -Infinity) return `${highOpen ? 'less than' : 'at most'} ${quantity(high, unit)}`;
  if (high === Infinity) return `${lowOpen ? 'more than' : 'at least'} ${quantity(low, unit)}`;
  return `${quantity(low, unit)} to ${quantity(high, unit)}`;
}

/** A span of amounts in words: "27%", "at least 27%", "more than 27%" (its least excluded), "20% to 40%". */
function amount(
  smallest: number,
  largest: number,
  format: (value: number) => string,
  smallestOpen = false,
): string {
  if (!Number.isFinite(largest)) return `${smallestOpen ? 'more than' : 'at least'} ${format(smallest)}`;
  const [from, to] = [format(smallest), format(largest)];
  return from === to ? from : `${from} to ${to}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const points = (value: number) => {
  const text = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
  return `${text} percentage ${text === '1' ? 'point' : 'points'}`;
};

/**
 * How far the compared figure lies from the result: relative to the result ("at least 27% above"), or in
 * percentage points for shares, which a relative "0.5% above" would blur. Null when the bounds allow no direction or
 * the gap rounds to nothing.
 */
function gapFrom(result: Interval, expected: Interval, unit: string): string | null {
  const shares = unit === 'percent';
  if (!shares && !(result.low > 0)) return null;
  const least = shares ? expected.low - result.high : expected.low / result.high - 1;
  const most = shares ? expected.high - result.low : expected.high / result.low - 1;
  const format = shares ? points : percent;
  const none = format(0);
  const leastOpen = Boolean(expected.lowOpen || result.highOpen);
  const mostOpen = Boolean(expected.highOpen || result.lowOpen);
  if (least > 0 && format(least) !== none) return `${amount(least, most, format, leastOpen)} above`;
  if (most < 0 && format(-most) !== none) return `${amount(-most, -least, format, mostOpen)} below`;
  return null;
}

export interface CrossCheckJudgement {
  outcome: CrossCheckOutcome;
  /** One sentence that says which way the figures differ, and by how much, within the bounds they state. */
  verdict: string;
}

/**
 * The verdict of a cross-check, honest about bounds: "more than 1,500 a day" against a 2024 average of 1,177 is
 * "at least 27% above" it, and "less than 500 km²" now against "more than 1,100 km²" then is a part within its
 * whole whatever the exact figures.
 */
export function judgeCrossCheck(terms: CrossCheckTerms): CrossCheckJudgement {
  const { relation, result, expected, unit } = terms;
  const outcome = outcomeOf(terms);
  const computed = `${terms.resultLabel} (${describeInterval(result, unit)})`;
  const compared = `${terms.compareLabel} (${describeInterval(expected, unit)})`;
  if (relation === 'equal') {
    const gap = gapFrom(result, expected, unit);
    const within = terms.tolerance === 0 ? 'exactly' : `within ${percent(terms.tolerance)}`;
    if (outcome === 'holds') {
      const equal =
        result.low === result.high && expected.low === expected.high && result.low === expected.low;
      let verdict = `${capitalise(compared)} matches ${computed} ${within}.`;
      if (equal) verdict = `${capitalise(compared)} equals ${computed}.`;
      else if (gap) verdict = `${capitalise(compared)} is ${gap} ${computed}: a match ${within}.`;
      return { outcome, verdict };
    }
    if (outcome === 'possible') {
      return {
        outcome,
        verdict: `${capitalise(compared)} and ${computed} can match ${within}: the bounds allow it.`,
      };
    }
    return {
      outcome,
      verdict: gap
        ? `${capitalise(compared)} is ${gap} ${computed}: no match ${within}.`
        : `${capitalise(compared)} does not match ${computed} ${within}.`,
    };
  }
  const [part, whole] = relation === 'at_most' ? [result, expected] : [expected, result];
  const [partText, wholeText] = relation === 'at_most' ? [computed, compared] : [compared, computed];
  const limit = relation === 'at_most' ? 'at most' : 'at least';
  const margin = (least: number, most: number, open: boolean) =>
    amount(least, most, (value) => quantity(value, unit), open);
  if (outcome === 'holds') {
    const least = whole.low - part.high;
    const most = whole.high - part.low;
    const open = Boolean(whole.lowOpen || part.highOpen);
    const than = relation === 'at_most' ? 'less than' : 'more than';
    let verdict = `${capitalise(computed)} is ${limit} ${compared} within the ${percent(terms.tolerance)} tolerance.`;
    if (least > 0) verdict = `${capitalise(computed)} is ${margin(least, most, open)} ${than} ${compared}.`;
    else if (least === 0) verdict = `${capitalise(computed)} is ${limit} ${compared}.`;
    return { outcome, verdict };
  }
  if (outcome === 'possible') {
    return {
      outcome,
      verdict: `${capitalise(computed)} can be ${limit} ${compared}: the bounds allow it but do not show it.`,
    };
  }
  const excess = margin(
    part.low - whole.high,
    part.high - whole.low,
    Boolean(part.lowOpen || whole.highOpen),
  );
  return { outcome, verdict: `${capitalise(partText)} exceeds ${wholeText} by ${excess}.` };
}

/** The tolerance a reader is told, for every check: "A difference of up to 5% of the result counts as a match." */
export function describeTolerance(
  terms: Pick<CrossCheckTerms, 'relation' | 'tolerance' | 'resultLabel' | 'compareLabel'>,
): string {
  const { relation, tolerance, resultLabel, compareLabel } = terms;
  if (relation === 'equal') {
    return tolerance === 0
      ? 'Only an exact match counts.'
      : `A difference of up to ${percent(tolerance)} of ${resultLabel} counts as a match.`;
  }
  const [part, whole] = relation === 'at_most' ? [resultLabel, compareLabel] : [compareLabel, resultLabel];
  return tolerance === 0
    ? `${capitalise(part)} cannot be more than ${whole}.`
    : `${capitalise(part)} may exceed ${whole} by up to ${percent(tolerance)} of it, for rounding, and still pass.`;
}

/** The verdict's label: "Arithmetic matches", "Bounds allow it", "Does not hold". */
export function outcomeLabel(relation: CrossCheckRelation, outcome: CrossCheckOutcome): string {
  if (relation === 'equal') {
    return {
      holds: 'Arithmetic matches',
      possible: 'Bounds allow a match',
      fails: 'Arithmetic does not match',
    }[outcome];
  }
  return { holds: 'Holds', possible: 'Bounds allow it', fails: 'Does not hold' }[outcome];
}
