// The English names of months and weekdays as articles write them, from Intl rather than typed out.
const names = (options: Intl.DateTimeFormatOptions, count: number, date: (index: number) => number) => {
  const format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, index) => format.format(date(index)));
};

/** "January" … "December", in calendar order: index + 1 is the month's number. */
export const monthNames: readonly string[] = names({ month: 'long' }, 12, (index) =>
  Date.UTC(2024, index, 1),
);

/** "Jan" … "Dec", and "Sept", which English also writes. */
export const shortMonthNames: readonly string[] = [
  ...names({ month: 'short' }, 12, (index) => Date.UTC(2024, index, 1)),
  'Sept',
];

/** "Monday" … "Sunday" (1 January 2024 was a Monday). */
export const weekdayNames: readonly string[] = names({ weekday: 'long' }, 7, (index) =>
  Date.UTC(2024, 0, 1 + index),
);
