import { formatCount } from '@/lib/format/format-number';
import { figureQueryString, type FigureFilters } from './figure-filters';

/** How a table's caption counts its rows: "all 12" or "the first 50 of 11,112". */
export function rowsOfTotal(shown: number, total: number): string {
  return shown < total
    ? `the first ${formatCount(shown)} of ${formatCount(total)}`
    : `all ${formatCount(total)}`;
}

/** Rows in the figures table of a metric, source, claimant or figure page: half a /figures page, so a source page with its full text stays under 250 kB. */
export const figureTablePageSize = 25;

export interface MoreFigures {
  /** Figures the table leaves out. */
  remaining: number;
  /** Every figure of the view. */
  total: number;
  remainingText: string;
  totalText: string;
  /** The filtered /figures view, continuing after the last row shown. */
  continueHref: string;
  /** The whole filtered /figures view and its CSV. */
  viewHref: string;
  csvHref: string;
}

/**
 * What a table of the first figures of a view leaves out, with where to read the rest; null when it shows them all.
 * `shown` are the table's rows in the default order (by id), so the last one's id is the /figures cursor;
 * `elsewhere` counts figures of the view the page shows outside the table (a figure page's own figure).
 */
export function moreFigures(
  view: Partial<FigureFilters>,
  total: number,
  shown: readonly { id: number }[],
  elsewhere = 0,
): MoreFigures | null {
  const remaining = total - shown.length - elsewhere;
  const last = shown.at(-1);
  if (remaining <= 0 || !last) return null;
  return {
    remaining,
    total,
    remainingText: formatCount(remaining),
    totalText: formatCount(total),
    continueHref: `/figures${figureQueryString(view, { after: String(last.id) })}`,
    viewHref: `/figures${figureQueryString(view)}`,
    csvHref: `/figures.csv${figureQueryString(view)}`,
  };
}
