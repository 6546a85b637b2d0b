import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMetricBySlug, listMetricSummaries } from '@/db/queries/catalogue';
import { getClaimantBySlug } from '@/db/queries/claimants';
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
import { loadSeedDirectory } from '@/lib/seed/load-seed';
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
    const second = await listFigureRecords(database.db, all, { after: first.at(-1)?.id, limit: 2 });
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
    expect(checks[0]).toMatchObject({ result: 3000, expected: 4000, consistent: false });
    expect(checks[0]?.inputs.map((input) => [input.name, input.figurePublicId])).toEqual([
      ['later', 'drones-per-day-target-minister'],
      ['now', 'drones-per-day-minister'],
    ]);
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
