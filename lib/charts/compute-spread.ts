import type { FigureRecord } from '@/db/queries/figure-records';
import { formatNumber } from '@/lib/format/format-number';
import { isMeasurement, type FigureKind } from './describe-figure';
import { plottedValue, ratesDiffer } from './plotted-value';

export interface Spread {
  ratio: number;
  min: number;
  max: number;
  minFigureId: string;
  maxFigureId: string;
  text: string;
  note: string | null;
  /** True when the two figures compared come from different claimants: a disagreement, not a change over time. */
  betweenClaimants: boolean;
  /** True when the figures compared lie within 5% of each other. */
  agree: boolean;
}

type Compared = { figureId: string; value: number; claimant: string; bound: FigureRecord['bound'] };

/**
 * What the spread reads of a figure. `count` (default 1) lets one row stand for several figures of a claimant that
 * are not its smallest or largest, so the spread of a large metric comes from a few rows per claimant.
 */
export type SpreadFigure = Pick<
  FigureRecord,
  'publicId' | 'kind' | 'value' | 'valueLow' | 'valueHigh' | 'bound' | 'unit' | 'per' | 'normalisedValue'
> & { claimant: Pick<FigureRecord['claimant'], 'slug'>; count?: number };

const lowerBounds: ReadonlySet<FigureRecord['bound']> = new Set(['more_than', 'at_least']);
const upperBounds: ReadonlySet<FigureRecord['bound']> = new Set(['less_than', 'up_to']);

/** The pair of figures from different claimants whose ratio is largest, or null when one claimant gave them all. */
function widestPairBetweenClaimants(values: readonly Compared[]): [Compared, Compared] | null {
  let widest: [Compared, Compared] | null = null;
  for (const high of values) {
    for (const low of values) {
      if (high.claimant === low.claimant) continue;
      if (!widest || high.value * widest[0].value > widest[1].value * low.value) widest = [low, high];
    }
  }
  return widest;
}

// "more than 1,500" as the larger figure makes the true gap at least the ratio; "up to" as the larger, at most.
function ratioQualifier(min: Compared, max: Compared): 'at least ' | 'up to ' | '' {
  const wider = lowerBounds.has(max.bound) || upperBounds.has(min.bound);
  const narrower = upperBounds.has(max.bound) || lowerBounds.has(min.bound);
  if (wider && !narrower) return 'at least ';
  if (narrower && !wider) return 'up to ';
  return '';
}

// Below a 5% difference, rounding and timing explain more than disagreement does.
const agreementRatio = 1.05;

const notMeasurementWords: Partial<Record<FigureKind, string>> = {
  capacity: 'capacity figures',
  projection: 'projections',
  target: 'targets',
  demand: 'demands',
  proposal: 'proposals',
};

function joinWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function figures(count: number): string {
  return `${count} ${count === 1 ? 'figure' : 'figures'}`;
}

/**
 * How far the sources disagree: the largest comparable value over the smallest from another claimant (or, when one
 * claimant gave every figure, how far its figures range), or null with fewer than two of them
 * or a smallest at or below zero. Values are per year when rates differ and a range counts as its midpoint. When any
 * actual, estimate or claim exists, capacity, projections, targets, demands and proposals are left out; so are figures
 * without a rate in a metric of rates. `note` says what was left out.
 */
export function computeSpread(records: readonly SpreadFigure[]): Spread | null {
  const normalise = ratesDiffer(records);
  const measuredOnly = records.some((record) => isMeasurement(record.kind));
  const ratesOnly = records.some((record) => record.per !== null);
  const leftOutKinds = new Set<FigureKind>();
  let leftOut = 0;
  let withoutRate = 0;
  const values: Compared[] = [];
  for (const record of records) {
    if (measuredOnly && !isMeasurement(record.kind)) {
      leftOutKinds.add(record.kind);
      leftOut += record.count ?? 1;
      continue;
    }
    if (ratesOnly && record.per === null) {
      withoutRate += record.count ?? 1;
      continue;
    }
    const plotted = plottedValue(record, normalise);
    if (plotted) {
      values.push({
        figureId: record.publicId,
        value: plotted.value,
        claimant: record.claimant.slug,
        bound: record.bound,
      });
    }
  }
  const [first, ...rest] = values;
  if (!first || rest.length === 0) return null;
  const pair = widestPairBetweenClaimants(values);
  const min = pair?.[0] ?? rest.reduce((best, entry) => (entry.value < best.value ? entry : best), first);
  const max = pair?.[1] ?? rest.reduce((best, entry) => (entry.value > best.value ? entry : best), first);
  if (min.value <= 0) return null;
  const ratio = max.value / min.value;
  const agree = ratio < agreementRatio;
  const times = `${formatNumber(Math.round(ratio * 10) / 10)}×`;
  const qualifier = ratioQualifier(min, max);
  let text: string;
  if (!pair)
    text = agree ? 'One claimant, the same figure each time' : `One claimant: its figures range ${times}`;
  else if (agree)
    text = qualifier === 'at least ' ? 'Sources may differ: one figure is only a bound' : 'Sources agree';
  else text = `Sources differ by ${qualifier}${times}`;
  const notes = [];
  if (leftOut > 0) {
    const kinds = [...leftOutKinds].map((kind) => notMeasurementWords[kind] ?? kind);
    notes.push(`${joinWords(kinds)} (${figures(leftOut)}), which are not measurements`);
  }
  if (withoutRate > 0) notes.push(`${figures(withoutRate)} stated without a rate`);
  return {
    ratio,
    min: min.value,
    max: max.value,
    minFigureId: min.figureId,
    maxFigureId: max.figureId,
    text,
    note: notes.length > 0 ? `Not counted: ${notes.join('; ')}.` : null,
    betweenClaimants: pair !== null,
    agree,
  };
}
