const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A publication date at the precision it is known: "2024", "Nov 2024", "12 Nov 2024". */
export function formatPublished(iso: string | null, precision: 'day' | 'month' | 'year' | null): string {
  if (!iso || !precision) return 'date unknown';
  const [year, month, day] = parts(iso);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${months[month - 1]} ${year}`;
  return `${day} ${months[month - 1]} ${year}`;
}

/** The period a figure refers to, in words: "2024", "Mar 2025", "as of 28 Feb 2025", "24 Feb 2022 – 12 Nov 2024". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start || !end) return 'undated';
  const [sy, sm, sd] = parts(start);
  const [ey, em, ed] = parts(end);
  if (start === end) return `as of ${sd} ${months[sm - 1]} ${sy}`;
  const wholeMonths = sd === 1 && ed === lastDayOfMonth(ey, em);
  if (wholeMonths && sm === 1 && em === 12) return sy === ey ? String(sy) : `${sy}–${ey}`;
  if (wholeMonths && sy === ey && sm === em) return `${months[sm - 1]} ${sy}`;
  if (wholeMonths) return `${months[sm - 1]} ${sy} – ${months[em - 1]} ${ey}`;
  return `${sd} ${months[sm - 1]} ${sy} – ${ed} ${months[em - 1]} ${ey}`;
}
