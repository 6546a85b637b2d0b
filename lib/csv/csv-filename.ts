import type { FigureFilters } from '@/lib/figures/figure-filters';

/** A filename that says what the file holds: contested-figures-side-russia-kind-claim.csv. */
export function csvFilename(filters: FigureFilters): string {
  const parts = Object.entries(filters)
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => `${key}-${values.join('-')}`);
  const name = ['contested-figures', ...(parts.length ? parts : ['all'])].join('-');
  return `${name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 150)}.csv`;
}
