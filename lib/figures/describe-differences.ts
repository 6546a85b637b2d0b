import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod } from '@/lib/format/format-date';
import { figureKindLabel, sideLabel } from '@/lib/format/labels';

type Compared = Pick<FigureRecord, 'kind' | 'per' | 'periodStart' | 'periodEnd'> & {
  claimant: Pick<FigureRecord['claimant'], 'side' | 'name'>;
  source: Pick<FigureRecord['source'], 'outlet'>;
};

const warringSides = new Set(['ukraine', 'russia']);

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function list(values: string[]): string {
  return values.length <= 2 ? values.join(' and ') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
}

/** Plain-language reasons a metric's figures may differ, read off the figures themselves. */
export function describeDifferences(records: readonly Compared[]): string[] {
  if (records.length < 2) return [];
  const reasons: string[] = [];
  const dated = records.filter((record) => record.periodStart !== null && record.periodEnd !== null);
  const periods = distinct(dated.map((record) => formatPeriod(record.periodStart, record.periodEnd)));
  const undated = records.length - dated.length;
  if (periods.length > 1) reasons.push(`They refer to different periods: ${list(periods)}.`);
  if (undated > 0 && dated.length > 0) {
    reasons.push(
      `${undated === 1 ? 'One figure gives' : `${undated} figures give`} no period, so ${undated === 1 ? 'it' : 'they'} may not refer to the same time as the rest.`,
    );
  }
  const sides = distinct(records.map((record) => record.claimant.side));
  const partisan = distinct(
    records.filter((record) => warringSides.has(record.claimant.side)).map((record) => record.claimant.name),
  );
  if (sides.length > 1) {
    reasons.push(`The claimants speak for different sides: ${list(sides.map((side) => sideLabel[side]))}.`);
  }
  const claimantCount = distinct(records.map((record) => record.claimant.name)).length;
  if (partisan.length > 0 && claimantCount > 1) {
    reasons.push(
      partisan.length === 1
        ? `${list(partisan)} speaks for a party to the war, with an interest in the number.`
        : `${list(partisan)} speak for parties to the war, with an interest in the number.`,
    );
  }
  const kinds = distinct(records.map((record) => record.kind));
  if (kinds.length > 1) {
    reasons.push(
      `They are different kinds of figure: ${list(kinds.map((kind) => figureKindLabel[kind].toLowerCase()))}.`,
    );
  }
  const rates = distinct(records.map((record) => record.per ?? 'total'));
  if (rates.length > 1) {
    reasons.push(
      `They are stated at different rates (${list(rates.map((rate) => (rate === 'total' ? 'a total' : `per ${rate}`)))}); the chart compares them per year.`,
    );
  }
  return reasons;
}
