import { describe, expect, it } from 'vitest';
import { chartPeriodSpan } from '@/lib/charts/chart-period-span';

const dated = (periodStart: string | null, periodEnd: string | null) => ({ periodStart, periodEnd });

describe('chartPeriodSpan', () => {
  it('spans the earliest start to the latest end of what the chart draws, leaving out the undated', () => {
    expect(
      chartPeriodSpan({
        mode: 'figures',
        records: [dated('2024-01-01', '2024-12-31'), dated(null, null), dated('2022-02-24', '2025-02-28')],
      }),
    ).toEqual({ first: '2022-02-24', last: '2025-02-28' });
    expect(
      chartPeriodSpan({
        mode: 'groups',
        groupedBy: 'claimant and period',
        cut: false,
        groups: [dated('2025-01-13', '2025-01-20'), dated('2024-01-01', '2024-12-31')],
      }),
    ).toEqual({ first: '2024-01-01', last: '2025-01-20' });
  });

  it('gives none when nothing is dated or the groups do not carry every period', () => {
    expect(chartPeriodSpan({ mode: 'figures', records: [dated(null, null)] })).toBeNull();
    const groups = [dated('2024-01-01', '2024-12-31')];
    expect(chartPeriodSpan({ mode: 'groups', groupedBy: 'claimant', cut: false, groups })).toBeNull();
    expect(
      chartPeriodSpan({ mode: 'groups', groupedBy: 'claimant and period', cut: true, groups }),
    ).toBeNull();
  });
});
