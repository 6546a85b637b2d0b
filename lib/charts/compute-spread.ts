import type { FigureRecord } from '@/db/queries/figure-records';
import { comparability, type NotComparableReason } from '@/lib/figures/comparable-pair';
import { formatNumber } from '@/lib/format/format-number';
import { isMeasurement, type FigureKind } from './describe-figure';
import { plottedValue } from './plotted-value';

/** The widest pair of comparable figures: the larger over the smaller. */
export interface SpreadPair {
  ratio: number;
  min: number;
  max: number;
  minFigureId: string;
  maxFigureId: string;
  /** True when the two state different rates and were compared per year. */
  converted: boolean;
}

export interface Spread {
  /** The widest pair that passes the comparable-pair rule, or null when no two figures may be compared. */
  pair: SpreadPair | null;
  /** True when that pair lies 5% or more apart: a real disagreement, what "Most contested" ranks. */
  disagree: boolean;
  /**
   * What a reader is told, one sentence without its full stop: "Sources differ by at least 1.3×", or why nothing
   * here is a disagreement.
   */
  text: string;
  note: string | null;
}

/**
 * What the spread reads of a figure. `count` (default 1) lets one row stand for several figures of a claimant that
 * are not its smallest or largest, so the spread of a large metric comes from a few rows per claimant.
 */
export type SpreadFigure = Pick<
  FigureRecord,
  | 'publicId'
  | 'kind'
  | 'value'
  | 'valueLow'
  | 'valueHigh'
  | 'bound'
  | 'unit'
  | 'per'
  | 'normalisedValue'
  | 'periodStart'
  | 'periodEnd'
> & { claimant: Pick<FigureRecord['claimant'], 'slug'>; count?: number };

type Compared = { figureId: string; value: number; bound: FigureRecord['bound']; conversion: string | null };

const lowerBounds: ReadonlySet<FigureRecord['bound']> = new Set(['more_than', 'at_least']);
const upperBounds: ReadonlySet<FigureRecord['bound']> = new Set(['less_than', 'up_to']);

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

type Reason = Exclude<NotComparableReason, 'same-claimant' | 'not-a-measurement'> | 'conversion' | 'no-ratio';

// Why no pair may be compared, finishing "No disagreement to measure: …".
const reasonWords: Record<Reason, string> = {
  'different-periods': 'the figures refer to different periods',
  undated: 'a figure without a period cannot be set against the others',
  'rate-and-no-rate': 'a rate cannot be set against a figure stated without one',
  conversion: 'figures at different rates meet only after a conversion, which is not ranked',
  'no-ratio': 'a figure at or below zero gives no ratio',
};

// Which figures a spread left apart, finishing "Not set against each other: …".
const leftApartWords: Record<Reason, string> = {
  'different-periods': 'figures for different periods',
  undated: 'figures without a period',
  'rate-and-no-rate': 'a rate and a figure stated without one',
  conversion: 'figures at different rates, as a conversion is not ranked',
  'no-ratio': 'figures at or below zero',
};

function joinWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function figures(count: number): string {
  return `${count} ${count === 1 ? 'figure' : 'figures'}`;
}

function compared(record: SpreadFigure, perYear: boolean): Compared | null {
  const plotted = plottedValue(record, perYear);
  if (!plotted) return null;
  return {
    figureId: record.publicId,
    value: plotted.value,
    bound: record.bound,
    conversion: plotted.conversion,
  };
}

/**
 * How far the sources disagree: over the pairs the comparable-pair rule allows (lib/figures/comparable-pair.ts:
 * different claimants, measurements only, overlapping periods, a rate against a total only when its period covers
 * the total's), the largest value over the smaller one. A range counts as its midpoint; figures at different rates
 * meet per year, and the conversion is given in the note. With `conversions: false` such pairs are left out, as
 * "Most contested" ranks no converted figure. When no pair may be compared the text says why. Null with fewer than
 * two figures.
 */
export function computeSpread(
  records: readonly SpreadFigure[],
  { conversions = true }: { conversions?: boolean } = {},
): Spread | null {
  const count = (record: SpreadFigure) => record.count ?? 1;
  if (records.reduce((total, record) => total + count(record), 0) < 2) return null;
  const leftOutKinds = new Set<FigureKind>();
  let leftOut = 0;
  const measured: SpreadFigure[] = [];
  for (const record of records) {
    if (isMeasurement(record.kind)) measured.push(record);
    else {
      leftOutKinds.add(record.kind);
      leftOut += count(record);
    }
  }
  const reasons = new Set<Reason>();
  let widest: { low: Compared; high: Compared; ratio: number; converted: boolean } | null = null;
  for (const a of measured) {
    for (const b of measured) {
      if (a === b || a.claimant.slug === b.claimant.slug) continue;
      const rule = comparability(a, b);
      if (!rule.comparable) {
        if (rule.reason !== 'same-claimant' && rule.reason !== 'not-a-measurement') reasons.add(rule.reason);
        continue;
      }
      if (rule.converted && !conversions) {
        reasons.add('conversion');
        continue;
      }
      const high = compared(a, rule.converted);
      const low = compared(b, rule.converted);
      if (!high || !low || high.value < low.value) continue;
      if (low.value <= 0) {
        reasons.add('no-ratio');
        continue;
      }
      const ratio = high.value / low.value;
      if (!widest || ratio > widest.ratio) widest = { low, high, ratio, converted: rule.converted };
    }
  }
  const kinds = joinWords([...leftOutKinds].map((kind) => notMeasurementWords[kind] ?? kind));
  const measuredCount = measured.reduce((total, record) => total + count(record), 0);
  if (!widest && measuredCount < 2) {
    const text =
      measuredCount === 0
        ? `the figures are ${kinds}, not measurements`
        : `only one figure is a measurement; the other ${figures(leftOut)} are ${kinds}`;
    return { pair: null, disagree: false, text: `No disagreement to measure: ${text}`, note: null };
  }
  const notes: string[] = [];
  if (leftOut > 0) notes.push(`Not counted: ${kinds} (${figures(leftOut)}), which are not measurements.`);
  if (!widest) {
    const oneClaimant = new Set(measured.map((record) => record.claimant.slug)).size === 1;
    const why = oneClaimant
      ? 'every figure that measures comes from one source'
      : reasons.size > 0
        ? joinWords([...reasons].map((reason) => reasonWords[reason]))
        : 'no two figures can be set against each other';
    return {
      pair: null,
      disagree: false,
      text: `No disagreement to measure: ${why}`,
      note: notes.length > 0 ? notes.join(' ') : null,
    };
  }
  const { low, high, ratio, converted } = widest;
  const agree = ratio < agreementRatio;
  const qualifier = ratioQualifier(low, high);
  const times = `${formatNumber(Math.round(ratio * 10) / 10)}×`;
  let text: string;
  if (agree)
    text = qualifier === 'at least ' ? 'Sources may differ: one figure is only a bound' : 'Sources agree';
  else text = `Sources differ by ${qualifier}${times}`;
  if (reasons.size > 0)
    notes.push(
      `Not set against each other: ${joinWords([...reasons].map((reason) => leftApartWords[reason]))}.`,
    );
  if (converted) {
    const arithmetic = [low.conversion, high.conversion].filter((conversion) => conversion !== null);
    notes.push(`Compared per year: ${arithmetic.join('; ')}.`);
  }
  return {
    pair: {
      ratio,
      min: low.value,
      max: high.value,
      minFigureId: low.figureId,
      maxFigureId: high.figureId,
      converted,
    },
    disagree: !agree,
    text,
    note: notes.length > 0 ? notes.join(' ') : null,
  };
}
