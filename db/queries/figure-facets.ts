import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FigureFilters } from '@/lib/figures/figure-filters';
import { sourceTitle } from '@/lib/figures/name-source';
import type { Db } from '../client';
import { claimants, figures, metrics, sources, topics } from '../schema';
import {
  countFigureRecords,
  filterConditions,
  searchCountCap,
  selectFigureCounts,
  type FigureCount,
} from './figure-records';

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

type FacetValue = { value: string; label: string; count: number };
type Facets = Record<FacetName, FacetValue[]>;

/**
 * Counts per facet value. Each facet is counted under every other active filter but not its own,
 * so a reader can add a second value to a facet and see what it would add.
 */
export async function listFigureFacets(db: Db, filters: FigureFilters) {
  return (await listFigureFacetsWithCount(db, filters)).facets;
}

/**
 * The facets and how many figures match. Under a text search both come from samples of at most
 * `searchCountCap + 1` matching figures (whichever the index finds first): the count is exact up to the cap and
 * otherwise "more than", each facet counts at most the first `searchCountCap`, and facets whose own filter is
 * unset share the count's sample, so a common word never reads every matching quote and reads the index once.
 * `searchMatches` are the sample's ids, for listFigureRecords to page through without reading the index again.
 */
export async function listFigureFacetsWithCount(
  db: Db,
  filters: FigureFilters,
): Promise<{ facets: Facets; total: FigureCount; searchMatches?: number[] }> {
  if (filters.q.length === 0) {
    const [facets, count] = await Promise.all([
      countTalliedFacets(db, filters),
      countFigureRecords(db, filters),
    ]);
    return {
      facets: { ...facets, source: await nameSources(db, facets.source) },
      total: { count, more: false },
    };
  }
  const samples = new Map<string, Promise<Record<string, string | null>[]>>();
  const sampleFor = (sampled: FigureFilters) => {
    const key = JSON.stringify(sampled);
    // execute() runs the query once; awaiting the builder itself would run it again at every await.
    if (!samples.has(key)) samples.set(key, readSample(db, sampled).execute());
    return samples.get(key)!;
  };
  const [counted, matches] = await Promise.all([
    Promise.all(
      facetNames.map(async (name) => {
        const rows = await sampleFor({ ...filters, [name]: [] });
        return [name, tallyFacet(rows.slice(0, searchCountCap), name)] as const;
      }),
    ),
    sampleFor(filters),
  ]);
  const facets = Object.fromEntries(counted) as Facets;
  const total =
    matches.length > searchCountCap
      ? { count: searchCountCap, more: true }
      : { count: matches.length, more: false };
  const searchMatches = matches.map((row) => Number(row.id));
  return { facets: { ...facets, source: await nameSources(db, facets.source) }, total, searchMatches };
}

async function countTalliedFacets(db: Db, filters: FigureFilters): Promise<Facets> {
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
  return Object.fromEntries(counted) as Facets;
}

function readSample(db: Db, filters: FigureFilters) {
  const columns = facetColumns(figures.kind);
  const selection: Record<string, SQL<string | null>> = { id: sql<string>`${figures.id}::text` };
  for (const name of facetNames) {
    selection[`${name}Value`] = sql<string | null>`${columns[name].value}::text`;
    selection[`${name}Label`] = sql<string | null>`${columns[name].label}::text`;
  }
  return db
    .select(selection)
    .from(figures)
    .innerJoin(metrics, eq(figures.metricId, metrics.id))
    .innerJoin(topics, eq(metrics.topicId, topics.id))
    .innerJoin(claimants, eq(figures.claimantId, claimants.id))
    .innerJoin(sources, eq(figures.sourceId, sources.id))
    .where(and(...filterConditions(filters)))
    .limit(searchCountCap + 1);
}

// The same order as the tallied facets: most figures first, then by name.
function tallyFacet(rows: Record<string, string | null>[], name: FacetName): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const row of rows) {
    const value = row[`${name}Value`];
    if (value === null || value === undefined) continue;
    const entry = counts.get(value) ?? { value, label: row[`${name}Label`] ?? value, count: 0 };
    entry.count += 1;
    counts.set(value, entry);
  }
  const byName = (label: string) => label.toLowerCase();
  return [...counts.values()]
    .sort(
      (a, b) =>
        b.count - a.count ||
        (byName(a.label) < byName(b.label) ? -1 : byName(a.label) > byName(b.label) ? 1 : 0),
    )
    .slice(0, facetValueLimit);
}

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
