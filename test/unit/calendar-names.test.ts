import { describe, expect, it } from 'vitest';
import { monthNames, shortMonthNames, weekdayNames } from '@/lib/text/calendar-names';

describe('calendar names', () => {
  it('lists the months in order and the weekdays from Monday', () => {
    expect(monthNames.join(' ')).toBe(
      'January February March April May June July August September October November December',
    );
    expect(shortMonthNames.join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Sept');
    expect(weekdayNames.join(' ')).toBe('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
  });
});
