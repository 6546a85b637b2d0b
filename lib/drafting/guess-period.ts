import { monthNames } from '@/lib/text/calendar-names';

// The sentence is matched lower-cased.
const lowerMonthNames = monthNames.map((name) => name.toLowerCase());

export type DraftPeriod = { start: string; end: string } | 'undated';

function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

function wholeYear(year: number): DraftPeriod {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

function wholeMonth(year: number, month: number): DraftPeriod {
  const mm = String(month).padStart(2, '0');
  return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${lastDay(year, month)}` };
}

/** The moment of publication as a period at its precision: a day, a month or a year. */
function asOfPublication(publishedOn: string): DraftPeriod {
  const [year, month, day] = publishedOn.split('-').map(Number);
  if (!year) return 'undated';
  if (!month) return wholeYear(year);
  if (!day) return wholeMonth(year, month);
  return { start: publishedOn, end: publishedOn };
}

/**
 * The period a number refers to, from the dates in its sentence: "in March 2024" is that month, "in 2023" that year,
 * "last year" / "this year" / "next year" count from publication; with no date, as of publication; with neither,
 * undated. A guess for an editor to confirm.
 */
export function guessPeriod(sentence: string, publishedOn: string | null): DraftPeriod {
  const lower = sentence.toLowerCase();
  const monthYear = new RegExp(String.raw`\b(${lowerMonthNames.join('|')})\s+((?:19|20)\d\d)\b`).exec(lower);
  if (monthYear?.[1] && monthYear[2])
    return wholeMonth(Number(monthYear[2]), lowerMonthNames.indexOf(monthYear[1]) + 1);
  const since = /\bsince\s+((?:19|20)\d\d)\b/.exec(lower)?.[1];
  if (since && publishedOn) {
    const until = asOfPublication(publishedOn);
    if (until !== 'undated') return { start: `${since}-01-01`, end: until.end };
  }
  const years = [...lower.matchAll(/\b((?:19|20)\d\d)\b/g)].map((match) => Number(match[1]));
  if (years.length === 1 && years[0]) return wholeYear(years[0]);
  const publishedYear = publishedOn ? Number(publishedOn.slice(0, 4)) : null;
  if (publishedYear) {
    if (/\blast year\b/.test(lower)) return wholeYear(publishedYear - 1);
    if (/\bnext year\b/.test(lower)) return wholeYear(publishedYear + 1);
    if (/\bthis year\b/.test(lower)) return wholeYear(publishedYear);
  }
  return publishedOn ? asOfPublication(publishedOn) : 'undated';
}
