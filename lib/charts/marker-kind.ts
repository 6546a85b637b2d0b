import type { FigureRecord } from '@/db/queries/figure-records';

/** point: exact or about; open-right: the true value is higher; open-left: lower; range: low to high. */
export type MarkerKind = 'point' | 'open-right' | 'open-left' | 'range';

const markerOfBound: Record<FigureRecord['bound'], MarkerKind> = {
  exact: 'point',
  approximately: 'point',
  more_than: 'open-right',
  at_least: 'open-right',
  less_than: 'open-left',
  up_to: 'open-left',
  range: 'range',
};

export function markerKind(
  bound: FigureRecord['bound'],
  low: number | null,
  high: number | null,
): MarkerKind {
  const marker = markerOfBound[bound];
  return marker === 'range' && (low === null || high === null) ? 'point' : marker;
}
