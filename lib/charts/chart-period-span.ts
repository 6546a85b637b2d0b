interface Dated {
  periodStart: string | null;
  periodEnd: string | null;
}

/**
 * The time a metric's chart covers, from what it draws: its figures, or its groups by claimant and period. Null
 * when nothing is dated, or when the groups do not carry every period (grouped by claimant alone, or only the
 * largest drawn), since the span would then be a guess.
 */
export function chartPeriodSpan(
  chart:
    | { mode: 'figures'; records: readonly Dated[] }
    | { mode: 'groups'; groups: readonly Dated[]; groupedBy: string; cut: boolean },
): { first: string; last: string } | null {
  if (chart.mode === 'groups' && (chart.groupedBy !== 'claimant and period' || chart.cut)) return null;
  const dated = (chart.mode === 'figures' ? chart.records : chart.groups).filter(
    (item): item is { periodStart: string; periodEnd: string } =>
      item.periodStart !== null && item.periodEnd !== null,
  );
  if (dated.length === 0) return null;
  return {
    first: dated.reduce(
      (first, item) => (item.periodStart < first ? item.periodStart : first),
      dated[0]!.periodStart,
    ),
    last: dated.reduce((last, item) => (item.periodEnd > last ? item.periodEnd : last), dated[0]!.periodEnd),
  };
}
