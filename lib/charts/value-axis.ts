import type { FigureRecord } from '@/db/queries/figure-records';
import { formatUnit } from '@/lib/format/format-number';

const perWords = { day: 'a day', week: 'a week', month: 'a month', year: 'a year' } as const;

/** The unit the value axis is in: "drones a day", "US$ a year", "km²". */
export function valueAxisLabel(unit: string, per: FigureRecord['per']): string {
  const words = unit === 'times' ? '×' : formatUnit(unit);
  return per ? `${words} ${perWords[per]}` : words;
}

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

// Room past the largest value for the arrow of an open-ended bound.
const headroom = 1.08;
const tickIntervals = 4;
const niceMultiples = [1, 2, 2.5, 5, 10];

function niceStep(span: number): number {
  const raw = span / tickIntervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return (niceMultiples.find((multiple) => multiple * magnitude >= raw) ?? 10) * magnitude;
}

/** From zero (or the lowest negative value) to a round number past the largest, so lengths compare honestly. */
export function valueAxis(values: readonly number[], withHeadroom = true): ValueAxis {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values) * (withHeadroom ? headroom : 1) || 1;
  const step = niceStep(high - low);
  const first = Math.floor(low / step);
  const count = Math.ceil(high / step - 1e-9) - first + 1;
  const ticks = Array.from({ length: count }, (_, i) => Number(((first + i) * step).toPrecision(12)));
  return { domain: [ticks[0] ?? low, ticks.at(-1) ?? high], ticks };
}

/** An axis that starts above zero, with the break drawn at its start so no reader takes it for zero. */
export interface NearDataAxis extends ValueAxis {
  broken: boolean;
}

// Zero stays in view when the smallest value is less than this share of the largest: the gap would not waste much.
const zeroKeptBelow = 0.5;

/**
 * For marks read by position, not length (dots, points over time): from zero when that costs little width, else
 * from a round number a little below the smallest value, marked as broken. 18, 20 and 25 years get 15 to 27.5, not
 * 0 to 30.
 */
export function valueAxisNearData(values: readonly number[]): NearDataAxis {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (!(low > 0) || low < high * zeroKeptBelow) return { ...valueAxis(values), broken: false };
  const margin = (high - low) * 0.1 || high * 0.05;
  const step = niceStep(high - low + 2 * margin);
  const first = Math.max(0, Math.floor((low - margin) / step));
  const last = Math.ceil((high + margin) / step - 1e-9);
  const ticks = Array.from({ length: last - first + 1 }, (_, i) =>
    Number(((first + i) * step).toPrecision(12)),
  );
  return { domain: [ticks[0] ?? low, ticks.at(-1) ?? high], ticks, broken: (ticks[0] ?? 0) > 0 };
}
