import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod } from '@/lib/format/format-date';
import { figureKindLabel, sideLabel } from '@/lib/format/labels';

type Side = FigureRecord['claimant']['side'];

type Compared = Pick<FigureRecord, 'kind' | 'per' | 'periodStart' | 'periodEnd'> & {
  claimant: Pick<FigureRecord['claimant'], 'side' | 'name'>;
  source: Pick<FigureRecord['source'], 'outlet'>;
};

const warringSides: readonly Side[] = ['ukraine', 'russia'];
const sideless: ReadonlySet<Side> = new Set(['independent', 'other']);

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
  // Only these are sides a claimant speaks for: "independent" and "other" are no side of anything.
  const sides = distinct(records.map((record) => record.claimant.side)).filter((side) => !sideless.has(side));
  if (sides.length > 1) {
    reasons.push(`The sources speak for different sides: ${list(sides.map((side) => sideLabel[side]))}.`);
  }
  const claimantCount = distinct(records.map((record) => record.claimant.name)).length;
  const warring = warringSides.flatMap((side) => {
    const names = distinct(
      records.filter((record) => record.claimant.side === side).map((record) => record.claimant.name),
    );
    return names.length === 0
      ? []
      : [`${list(names)} ${names.length === 1 ? 'speaks' : 'speak'} for ${sideLabel[side]}`];
  });
  if (warring.length > 0 && claimantCount > 1) {
    reasons.push(
      warring.length === 1
        ? `${warring[0]}, a party to the war, with an interest in the number.`
        : `${list(warring)}: parties to the war, each with an interest in the number.`,
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
      `They are stated at different rates (${list(rates.map((rate) => (rate === 'total' ? 'a total' : `per ${rate}`)))}); the chart draws them per year.`,
    );
  }
  return reasons;
}
