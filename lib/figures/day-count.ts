/**
 * The one day-count rule: a year has the days actually in it, 365 or 366. A rate per day is converted to a year
 * with the days of the calendar year its period ends in (365 when it has no period), and a total for a period is
 * divided by the days actually in that period (366 for 2024). Chart conversions, the stored per-year values and
 * the cross-checks all count days here.
 */

function utcDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

const dayMs = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** The days from `start` to `end`, both included: 366 for 2024-01-01 to 2024-12-31. */
export function daysInPeriod(start: string, end: string): number {
  return Math.round((utcDay(end) - utcDay(start)) / dayMs) + 1;
}

/** The period in years: each calendar year's days in it over that year's days (2024 is 1; a leap day counts 1/366). */
export function yearsInPeriod(start: string, end: string): number {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  let years = 0;
  for (let year = first; year <= last; year++) {
    const from = year === first ? start : `${year}-01-01`;
    const to = year === last ? end : `${year}-12-31`;
    years += daysInPeriod(from, to) / daysInYear(year);
  }
  return years;
}

/** The days of the year a rate per day is converted with: those of its period's last year, or 365 undated. */
export function daysInRateYear(periodEnd: string | null): number {
  return periodEnd === null ? 365 : daysInYear(Number(periodEnd.slice(0, 4)));
}

/**
 * What a cross-check formula may say of input `name` beside its value: `name_days`, the days in its period, and
 * `name_years`, the period in years ("total_2024 / total_2024_days" is 430,790 ÷ 366). None for an undated figure.
 */
export function periodLengthInputs(
  name: string,
  periodStart: string | null,
  periodEnd: string | null,
): Record<string, number> {
  if (periodStart === null || periodEnd === null) return {};
  return {
    [`${name}_days`]: daysInPeriod(periodStart, periodEnd),
    [`${name}_years`]: yearsInPeriod(periodStart, periodEnd),
  };
}
