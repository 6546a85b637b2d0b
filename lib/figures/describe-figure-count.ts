// Exact counts, grouped: "12,345".
const grouped = new Intl.NumberFormat('en-GB');

/**
 * "3 figures match this view", or "More than 1,000 figures match this view" when the count stopped at a cap
 * (`more`): a search count is exact only up to its cap.
 */
export function describeFigureCount(
  { count, more }: { count: number; more: boolean },
  filtered: boolean,
): string {
  const plural = more || count !== 1;
  const amount = more ? `More than ${grouped.format(count)}` : grouped.format(count);
  const verb = filtered ? (plural ? ' match this view' : ' matches this view') : ' in the dataset';
  return `${amount} figure${plural ? 's' : ''}${verb}.`;
}
