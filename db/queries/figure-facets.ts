import { inArray } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FigureFilters } from '@/lib/figures/figure-filters';
import { sourceTitle } from '@/lib/figures/name-source';
import type { Db } from '../client';
import { claimants, sources, topics } from '../schema';
import { selectFigureCounts } from './figure-records';

const facetNames = ['topic', 'side', 'claimant', 'source', 'outlet', 'kind'] as const;
export type FacetName = (typeof facetNames)[number];

function facetColumns(kind: PgColumn): Record<FacetName, { value: PgColumn; label: PgColumn }> {
  return {
    topic: { value: topics.slug, label: topics.name },
    side: { value: claimants.side, label: claimants.side },
    claimant: { value: claimants.slug, label: claimants.name },
    source: { value: sources.slug, label: sources.slug },
    outlet: { value: sources.outlet, label: sources.outlet },
    kind: { value: kind, label: kind },
  };
}

// Enough values to choose from; a longer tail is reached through search or the claimant pages.
const facetValueLimit = 40;

/**
 * Counts per facet value. Each facet is counted under every other active filter but not its own,
 * so a reader can add a second value to a facet and see what it would add.
 */
export async function listFigureFacets(db: Db, filters: FigureFilters) {
  const counted = await Promise.all(
    facetNames.map(async (name) => {
      const rows = await selectFigureCounts(
        db,
        { ...filters, [name]: [] },
        (kind) => facetColumns(kind)[name],
      ).limit(facetValueLimit);
      return [name, rows] as const;
    }),
  );
  const facets = Object.fromEntries(counted) as Record<
    FacetName,
    { value: string; label: string; count: number }[]
  >;
  return { ...facets, source: await nameSources(db, facets.source) };
}

type FacetValue = { value: string; label: string; count: number };

// An article's name is its title or, untitled, its kind, outlet and date: more than one column can say.
async function nameSources(db: Db, values: FacetValue[]): Promise<FacetValue[]> {
  if (values.length === 0) return values;
  const rows = await db
    .select({
      slug: sources.slug,
      title: sources.title,
      outlet: sources.outlet,
      kind: sources.kind,
      publishedOn: sources.publishedOn,
      publishedPrecision: sources.publishedPrecision,
    })
    .from(sources)
    .where(
      inArray(
        sources.slug,
        values.map((value) => value.value),
      ),
    );
  const names = new Map(rows.map((row) => [row.slug, sourceTitle(row)]));
  return values.map((value) => ({ ...value, label: names.get(value.value) ?? value.value }));
}
