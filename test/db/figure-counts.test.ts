import fs from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '@/db/client';
import { listMetricSummaries } from '@/db/queries/catalogue';
import { listClaimantSummaries } from '@/db/queries/claimants';
import { listFigureFacets, type FacetName } from '@/db/queries/figure-facets';
import { countFigureRecords, listFigureRecords, type FigureRecord } from '@/db/queries/figure-records';
import { listSourceSummaries } from '@/db/queries/sources';
import { figureFilters, type FigureSort } from '@/lib/figures/figure-filters';
import { loadSeedDirectory } from '@/db/load-seed';
import { fillWithCopies } from '../support/fill-figures';
import { copyFixtureSeeds, editSeedFile } from '../support/seed-copy';
import { fixtureSeedDir, openTestDatabase } from '../support/test-database';

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The tallies the triggers keep, and the same counts read from the figures themselves. */
interface TallyRow {
  metric_id: number;
  claimant_id: number;
  source_id: number;
  kind: string;
  figure_count: number;
}

async function talliesAndTruth(db: Db) {
  const order = sql`order by metric_id, claimant_id, source_id, kind`;
  return {
    tallies: await rows<TallyRow>(
      db,
      sql`select metric_id, claimant_id, source_id, kind::text, figure_count from figure_tallies ${order}`,
    ),
    truth: await rows<TallyRow>(
      db,
      sql`select metric_id, claimant_id, source_id, kind::text, count(*)::int as figure_count from figures
        group by metric_id, claimant_id, source_id, kind ${order}`,
    ),
  };
}

describe('figure tallies', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('stay equal to the figures through loads, edits, removals, bulk inserts and deletes', async () => {
    const { db } = database;
    await loadSeedDirectory(db, fixtureSeedDir);
    let { tallies, truth } = await talliesAndTruth(db);
    expect(tallies).toHaveLength(3);
    expect(tallies).toEqual(truth);

    const dir = await copyFixtureSeeds();
    await editSeedFile(dir, 'sources/sample.yaml', 'kind: estimate', 'kind: claim');
    const yaml = await fs.readFile(`${dir}/sources/sample.yaml`, 'utf8');
    await fs.writeFile(
      `${dir}/sources/sample.yaml`,
      yaml.replace(/  - id: drones-per-day-target-minister[\s\S]*?(?=excluded_mentions:)/, ''),
    );
    await editSeedFile(
      dir,
      'cross-checks.yaml',
      'later: drones-per-day-target-minister',
      'later: drones-per-day-minister',
    );
    await loadSeedDirectory(db, dir);
    ({ tallies, truth } = await talliesAndTruth(db));
    expect(tallies).toHaveLength(2);
    expect(tallies).toEqual(truth);

    await fillWithCopies(db, 3000);
    ({ tallies, truth } = await talliesAndTruth(db));
    expect(truth.reduce((total, row) => total + row.figure_count, 0)).toBe(3000);
    expect(tallies).toEqual(truth);

    await db.execute(sql`delete from figures where public_id like '%-copy-%'`);
    await loadSeedDirectory(db, fixtureSeedDir);
    ({ tallies, truth } = await talliesAndTruth(db));
    expect(tallies).toHaveLength(3);
    expect(tallies).toEqual(truth);
  });
});

describe('counts and sorts over the full dataset', () => {
  let database: Database;
  let all: FigureRecord[];
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadSeedDirectory(database.db, 'seeds');
    all = await listFigureRecords(database.db, figureFilters(), { limit: 500 });
  });
  afterAll(() => database.close());

  const facetOf: Record<FacetName, (record: FigureRecord) => string | null> = {
    topic: (record) => record.topic.slug,
    side: (record) => record.claimant.side,
    claimant: (record) => record.claimant.slug,
    source: (record) => record.source.slug,
    outlet: (record) => record.source.outlet,
    kind: (record) => record.kind,
  };

  /** What the facets should say, counted from the figure rows themselves. */
  function expectedFacets(records: FigureRecord[], name: FacetName) {
    const counts = new Map<string, number>();
    for (const record of records) {
      const value = facetOf[name](record);
      if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return Object.fromEntries(counts);
  }

  it('has every figure to count', () => {
    expect(all.length).toBeGreaterThan(80);
  });

  it('counts every facet value as the figures themselves do, with and without a filter', async () => {
    const unfiltered = await listFigureFacets(database.db, figureFilters());
    for (const name of Object.keys(facetOf) as FacetName[]) {
      const counted = Object.fromEntries(unfiltered[name].map((facet) => [facet.value, facet.count]));
      expect(counted, `facet ${name}`).toEqual(expectedFacets(all, name));
    }
    expect(await countFigureRecords(database.db, figureFilters())).toBe(all.length);
    const facets = await listFigureFacets(database.db, figureFilters({ side: ['ukraine'] }));
    const ukrainian = all.filter((record) => record.claimant.side === 'ukraine');
    expect(Object.fromEntries(facets.kind.map((facet) => [facet.value, facet.count]))).toEqual(
      expectedFacets(ukrainian, 'kind'),
    );
    expect(Object.fromEntries(facets.side.map((facet) => [facet.value, facet.count]))).toEqual(
      expectedFacets(all, 'side'),
    );
    expect(await countFigureRecords(database.db, figureFilters({ side: ['ukraine'] }))).toBe(
      ukrainian.length,
    );
  });

  it('names each article in the article facet by its title, or for an untitled one by kind, outlet and date', async () => {
    const { source } = await listFigureFacets(database.db, figureFilters());
    const labels = Object.fromEntries(source.map((facet) => [facet.value, facet.label]));
    expect(labels['zelensky-increasingly-urgent-negotiations']).toBe(
      'Zelensky and Increasingly Urgent Negotiations',
    );
    expect(labels['pokrovsk-mine-trump-envoy']).toBe('Untitled opinion piece, Bloomberg, Nov 2024');
  });

  it('counts a text search from the matching quotes', async () => {
    const matching = await listFigureRecords(database.db, figureFilters({ q: ['drones'] }), { limit: 500 });
    expect(matching.length).toBeGreaterThan(1);
    expect(matching.length).toBeLessThan(all.length);
    expect(await countFigureRecords(database.db, figureFilters({ q: ['drones'] }))).toBe(matching.length);
    const facets = await listFigureFacets(database.db, figureFilters({ q: ['drones'] }));
    expect(Object.fromEntries(facets.kind.map((facet) => [facet.value, facet.count]))).toEqual(
      expectedFacets(matching, 'kind'),
    );
  });

  it('gives each metric, claimant and source page the number of figures it lists', async () => {
    const countBy = (key: (record: FigureRecord) => string) => {
      const counts: Record<string, number> = {};
      for (const record of all) counts[key(record)] = (counts[key(record)] ?? 0) + 1;
      return counts;
    };
    const metricCounts = Object.fromEntries(
      (await listMetricSummaries(database.db))
        .filter((m) => m.figureCount > 0)
        .map((m) => [m.slug, m.figureCount]),
    );
    expect(metricCounts).toEqual(countBy((record) => record.metric.slug));
    const claimantCounts = Object.fromEntries(
      (await listClaimantSummaries(database.db))
        .filter((c) => c.figureCount > 0)
        .map((c) => [c.slug, c.figureCount]),
    );
    expect(claimantCounts).toEqual(countBy((record) => record.claimant.slug));
    const sourceCounts = Object.fromEntries(
      (await listSourceSummaries(database.db)).map((source) => [source.slug, source.figureCount]),
    );
    expect(sourceCounts).toEqual(countBy((record) => record.source.slug));
  });

  const sortValue: Record<Exclude<FigureSort, 'added'>, (record: FigureRecord) => string> = {
    period: (record) => record.periodEnd ?? '',
    published: (record) => record.source.publishedOn ?? '',
    metric: (record) => record.metric.name.toLowerCase(),
  };

  it.each(['period', 'published', 'metric'] as const)(
    'sorts by %s (undated last) and pages through that order in pages of 7',
    async (sort) => {
      const sorted = await listFigureRecords(database.db, figureFilters(), { sort, limit: 500 });
      expect(sorted).toHaveLength(all.length);
      const keys = sorted.map(sortValue[sort]);
      const expected = [...keys].sort();
      expect(keys).toEqual(sort === 'metric' ? expected : expected.reverse());

      const paged: string[] = [];
      let cursor: { key: string; id: number } | undefined;
      for (;;) {
        const page = await listFigureRecords(database.db, figureFilters(), { sort, cursor, limit: 7 });
        paged.push(...page.map((record) => record.publicId));
        const last = page.at(-1);
        if (!last) break;
        cursor = { key: last.sortKey, id: last.id };
      }
      expect(paged).toEqual(sorted.map((record) => record.publicId));
    },
  );
});
