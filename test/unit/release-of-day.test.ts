import { describe, expect, it } from 'vitest';
import { releaseOfDay, releaseWindows } from '@/lib/releases/release-of-day';

const windows = releaseWindows([
  { version: '1.0.0', releasedOn: '2026-11-22' },
  { version: '1.1.0', releasedOn: '2026-12-01' },
  { version: '1.2.0', releasedOn: '2026-12-02' },
]);

describe('releaseWindows', () => {
  it('gives each release the days after the one before it, through its own day', () => {
    expect(windows).toEqual([
      { version: '1.0.0', after: null, through: '2026-11-22' },
      { version: '1.1.0', after: '2026-11-22', through: '2026-12-01' },
      { version: '1.2.0', after: '2026-12-01', through: '2026-12-02' },
    ]);
  });
});

describe('releaseOfDay', () => {
  it('places a change in the first release on or after its day', () => {
    expect(releaseOfDay(windows, '2025-01-10')).toBe('1.0.0');
    expect(releaseOfDay(windows, '2026-11-22')).toBe('1.0.0');
    expect(releaseOfDay(windows, '2026-11-23')).toBe('1.1.0');
    expect(releaseOfDay(windows, '2026-12-02')).toBe('1.2.0');
  });

  it('places nothing after the newest release', () => {
    expect(releaseOfDay(windows, '2026-12-03')).toBeNull();
    expect(releaseOfDay([], '2026-12-03')).toBeNull();
  });
});
