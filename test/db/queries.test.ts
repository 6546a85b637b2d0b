import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMetricBySlug, listMetricSummaries } from '@/db/queries/catalogue';
import { getClaimantBySlug } from '@/db/queries/claimants';
import { listFigureFacets } from '@/db/queries/figure-facets';
import { listCrossChecksForMetric } from '@/db/queries/cross-checks';
import {
  countFigureRecords,
  getFigureRecord,
  iterateFigureRecords,
  listFigureRecords,
} from '@/db/queries/figure-records';
import { getSourceBySlug, listExcludedMentions, listSourceSummaries } from '@/db/queries/sources';
import type { Database } from '@/db/client';
import { figureFilters } from '@/lib/figures/figure-filters';
import { loadSeedDirectory } from '@/db/load-seed';
import { fixtureSeedDir, openTestDatabase } from '../support/test-database';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSeedDirectory(database.db, fixtureSeedDir);
});
afterAll(() => database.close());

describe('figure queries', () => {
  it('pages through figures by keyset without repeating or skipping any', async () => {
    const all = figureFilters();
    const first = await listFigureRecords(database.db, all, { limit: 2 });
    const last = first.at(-1)!;
    const second = await listFigureRecords(database.db, all, {
      cursor: { key: last.sortKey, id: last.id },
      limit: 2,
    });
    expect([...first, ...second].map((record) => record.publicId)).toEqual([
      'us-aid-sent-kiel',
      'drones-per-day-minister',
      'drones-per-day-target-minister',
    ]);
    const streamed: string[] = [];
    for await (const record of iterateFigureRecords(database.db, all, 1)) streamed.push(record.publicId);
    expect(streamed).toEqual([...first, ...second].map((record) => record.publicId));
  });

  it('combines filters: any value within a filter, every filter at once', async () => {
    const filters = figureFilters({ side: ['ukraine', 'independent'], kind: ['estimate', 'projection'] });
    const records = await listFigureRecords(database.db, filters, { limit: 10 });
    expect(records.map((record) => record.publicId)).toEqual([
      'us-aid-sent-kiel',
      'drones-per-day-target-minister',
    ]);
    expect(await countFigureRecords(database.db, filters)).toBe(2);
    expect(await countFigureRecords(database.db, figureFilters({ outlet: ['The Sample Times'] }))).toBe(3);
    expect(await countFigureRecords(database.db, figureFilters({ outlet: ['Another Paper'] }))).toBe(0);
  });

  it('reads one figure with its claimant and source, and nothing for an unknown id', async () => {
    const record = await getFigureRecord(database.db, 'us-aid-sent-kiel');
    expect(record).toMatchObject({
      valueText: '$119\u00a0billion',
      value: 119_000_000_000,
      claimant: { name: 'Kiel Institute for the World Economy', side: 'independent' },
      source: { outlet: 'The Sample Times', publishedOn: '2025-03-01', publishedPrecision: 'month' },
      metric: { slug: 'us-aid-sent' },
    });
    expect(await getFigureRecord(database.db, 'no-such-figure')).toBeUndefined();
  });
});

describe('catalogue queries', () => {
  it('counts figures and claimants per metric', async () => {
    const metrics = await listMetricSummaries(database.db);
    expect(
      metrics.map(({ slug, figureCount, claimantCount }) => ({ slug, figureCount, claimantCount })),
    ).toEqual([
      { slug: 'drone-output', figureCount: 2, claimantCount: 1 },
      { slug: 'us-aid-sent', figureCount: 1, claimantCount: 1 },
    ]);
  });

  it("lists a metric's cross-checks with their inputs and result", async () => {
    const found = await getMetricBySlug(database.db, 'drone-output');
    const checks = await listCrossChecksForMetric(database.db, found!.metric.id);
    expect(checks).toHaveLength(1);
    // "More than 1,500" doubled is more than 3,000, and "up to 4,000" is a bound: the two can match, no more.
    expect(checks[0]).toMatchObject({
      result: 3000,
      expected: 4000,
      relation: 'equal',
      outcome: 'possible',
      consistent: true,
    });
    expect(checks[0]?.inputs.map((input) => [input.name, input.figurePublicId])).toEqual([
      ['later', 'drones-per-day-target-minister'],
      ['now', 'drones-per-day-minister'],
    ]);
    const aid = await getMetricBySlug(database.db, 'us-aid-sent');
    expect(await listCrossChecksForMetric(database.db, aid!.metric.id)).toEqual([]);
  });

  it('reads sources with their archived text and exclusions, and claimants by slug', async () => {
    const [summary] = await listSourceSummaries(database.db);
    expect(summary).toMatchObject({ slug: 'sample-dispatch', figureCount: 3 });
    const source = await getSourceBySlug(database.db, 'sample-dispatch');
    expect(source?.text.startsWith('Sample Dispatch\n')).toBe(true);
    expect(source?.outletBasis).toBe('inferred');
    const exclusions = await listExcludedMentions(database.db, source!.id);
    expect(exclusions.map((mention) => [mention.text, mention.reason])).toEqual([['2026', 'calendar_date']]);
    expect(await getClaimantBySlug(database.db, 'nobody')).toBeUndefined();
  });
});

describe('searching, sorting and faceting /figures', () => {
  it('finds figures by words in their quote, with stemming', async () => {
    const found = await listFigureRecords(database.db, figureFilters({ q: ['estimate'] }), { limit: 10 });
    expect(found.map((record) => record.publicId)).toEqual(['us-aid-sent-kiel']);
    const phrase = await listFigureRecords(database.db, figureFilters({ q: ['"minister said"'] }), {
      limit: 10,
    });
    expect(phrase).toHaveLength(2);
    expect(await countFigureRecords(database.db, figureFilters({ q: ['tanks'] }))).toBe(0);
  });

  it.each([
    ['period', ['drones-per-day-target-minister', 'drones-per-day-minister', 'us-aid-sent-kiel']],
    ['metric', ['drones-per-day-minister', 'drones-per-day-target-minister', 'us-aid-sent-kiel']],
  ] as const)(
    'pages through sort=%s one row at a time in the same order as all at once',
    async (sort, expected) => {
      const all = await listFigureRecords(database.db, figureFilters(), { sort, limit: 10 });
      expect(all.map((record) => record.publicId)).toEqual(expected);
      const paged: string[] = [];
      let cursor: { key: string; id: number } | undefined;
      for (;;) {
        const [row] = await listFigureRecords(database.db, figureFilters(), { sort, cursor, limit: 1 });
        if (!row) break;
        paged.push(row.publicId);
        cursor = { key: row.sortKey, id: row.id };
      }
      expect(paged).toEqual(expected);
    },
  );

  it('counts each facet under the other filters but not its own', async () => {
    const facets = await listFigureFacets(database.db, figureFilters({ side: ['ukraine'] }));
    expect(facets.side).toEqual([
      { value: 'ukraine', label: 'ukraine', count: 2 },
      { value: 'independent', label: 'independent', count: 1 },
    ]);
    expect(facets.kind.map((facet) => [facet.value, facet.count])).toEqual([
      ['claim', 1],
      ['projection', 1],
    ]);
  });
});
