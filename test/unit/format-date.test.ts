import { describe, expect, it } from 'vitest';
import { formatPeriod, formatPublished } from '@/lib/format/format-date';

describe('dates in words', () => {
  it('names whole years and months, points in time and spans', () => {
    expect(formatPeriod('2024-01-01', '2024-12-31')).toBe('2024');
    expect(formatPeriod('2023-01-01', '2024-12-31')).toBe('2023–2024');
    expect(formatPeriod('2025-03-01', '2025-03-31')).toBe('Mar 2025');
    expect(formatPeriod('2024-02-01', '2024-02-29')).toBe('Feb 2024');
    expect(formatPeriod('2025-02-28', '2025-02-28')).toBe('as of 28 Feb 2025');
    expect(formatPeriod('2022-02-24', '2024-11-12')).toBe('24 Feb 2022 – 12 Nov 2024');
    expect(formatPeriod(null, null)).toBe('undated');
  });

  it('shows a publication date only as precisely as it is known', () => {
    expect(formatPublished('2024-11-01', 'month')).toBe('Nov 2024');
    expect(formatPublished('2025-03-20', 'day')).toBe('20 Mar 2025');
    expect(formatPublished('2025-01-01', 'year')).toBe('2025');
    expect(formatPublished(null, null)).toBe('date unknown');
  });
});
