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
 * How far the sources disagree: the largest comparable value over the smallest, or null with fewer than two of them
 * or a smallest at or below zero. Values are per year when rates differ and a range counts as its midpoint. When any
 * actual, estimate or claim exists, capacity, projections, targets, demands and proposals are left out; so are figures
 * without a rate in a metric of rates. `note` says what was left out.
 */
export function computeSpread(records: readonly FigureRecord[]): Spread | null {
  const normalise = ratesDiffer(records);
  const measuredOnly = records.some((record) => isMeasurement(record.kind));
  const ratesOnly = records.some((record) => record.per !== null);
  const leftOutKinds = new Set<FigureKind>();
  let leftOut = 0;
  let withoutRate = 0;
  const values: { figureId: string; value: number }[] = [];
  for (const record of records) {
    if (measuredOnly && !isMeasurement(record.kind)) {
      leftOutKinds.add(record.kind);
      leftOut += 1;
      continue;
    }
    if (ratesOnly && record.per === null) {
      withoutRate += 1;
      continue;
    }
    const plotted = plottedValue(record, normalise);
    if (plotted) values.push({ figureId: record.publicId, value: plotted.value });
  }
  const [first, ...rest] = values;
  if (!first || rest.length === 0) return null;
  const min = rest.reduce((best, entry) => (entry.value < best.value ? entry : best), first);
  const max = rest.reduce((best, entry) => (entry.value > best.value ? entry : best), first);
  if (min.value <= 0) return null;
  const ratio = max.value / min.value;
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
    text:
      ratio < agreementRatio
        ? 'Sources agree'
        : `Sources differ by ${formatNumber(Math.round(ratio * 10) / 10)}×`,
    note: notes.length > 0 ? `Not counted: ${notes.join('; ')}.` : null,
  };
}
