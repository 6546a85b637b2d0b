import type { FigureRecord } from '@/db/queries/figure-records';

export interface Period {
  start: string;
  end: string;
}

export function periodKey(start: string | null, end: string | null): string {
  return `${start}/${end}`;
}

export function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The distinct periods of the figures ordered by start, or null when any figure is undated. */
export function distinctPeriods(
  records: readonly Pick<FigureRecord, 'periodStart' | 'periodEnd'>[],
): Period[] | null {
  const periods = new Map<string, Period>();
  for (const { periodStart: start, periodEnd: end } of records) {
    if (start === null || end === null) return null;
    periods.set(periodKey(start, end), { start, end });
  }
  return [...periods.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}
