import { and, desc, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FigureFilters } from '@/lib/figures/figure-filters';
import type { Db } from '../client';
import { claimants, figures, sources, topics } from '../schema';
import { byText } from './order-by-text';
import { filterConditions, selectFigureCounts } from './figure-records';

export type FacetName = 'topic' | 'side' | 'claimant' | 'outlet' | 'kind';

const facetColumns: Record<FacetName, { value: PgColumn; label: PgColumn }> = {
  topic: { value: topics.slug, label: topics.name },
  side: { value: claimants.side, label: claimants.side },
  claimant: { value: claimants.slug, label: claimants.name },
  outlet: { value: sources.outlet, label: sources.outlet },
  kind: { value: figures.kind, label: figures.kind },
};

// Enough values to choose from; a longer tail is reached through search or the claimant pages.
const facetValueLimit = 40;

/**
 * Counts per facet value. Each facet is counted under every other active filter but not its own,
 * so a reader can add a second value to a facet and see what it would add.
 */
export async function listFigureFacets(db: Db, filters: FigureFilters) {
  const names = Object.keys(facetColumns) as FacetName[];
  const counted = await Promise.all(
    names.map(async (name) => {
      const { value, label } = facetColumns[name];
      const rows = await selectFigureCounts(db, sql`${value}::text`, sql`${label}::text`)
        .where(and(...filterConditions({ ...filters, [name]: [] }), sql`${value} is not null`))
        .groupBy(value, label)
        .orderBy(desc(sql`count(*)`), byText(label))
        .limit(facetValueLimit);
      return [name, rows] as const;
    }),
  );
  return Object.fromEntries(counted) as Record<FacetName, { value: string; label: string; count: number }[]>;
}
