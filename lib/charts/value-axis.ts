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
