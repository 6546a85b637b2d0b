import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listMetricSummaries } from '@/db/queries/catalogue';
import { getMetricChartFigures, listSpreadFigures } from '@/db/queries/chart-figures';
import { iterateFigureRecords, type FigureRecord } from '@/db/queries/figure-records';
import { loadSeedDirectory } from '@/db/load-seed';
import { computeSpread } from '@/lib/charts/compute-spread';
import { chartMarkLimit } from '@/lib/charts/mark-limit';
import { plottedValue } from '@/lib/charts/plotted-value';
import { shapeChartFigures } from '@/lib/charts/shape-chart-figures';
import { figureFilters } from '@/lib/figures/figure-filters';
import { fillWithCopies } from '../support/fill-figures';
import { fixtureSeedDir, openTestDatabase } from '../support/test-database';

let database: Database;

async function allFigures(metricSlug: string): Promise<FigureRecord[]> {
  const records: FigureRecord[] = [];
  for await (const record of iterateFigureRecords(database.db, figureFilters({ metric: [metricSlug] }))) {
    records.push(record);
  }
  return records;
}

async function metricNamed(slug: string) {
  const metric = (await listMetricSummaries(database.db)).find((summary) => summary.slug === slug);
  if (!metric) throw new Error(`no metric ${slug}`);
  return metric;
}

describe('the spread from a few figures per claimant', () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadSeedDirectory(database.db, 'seeds');
  });
  afterAll(() => database.close());

  it('is the spread of every figure, for every metric of the dataset', async () => {
    const metrics = await listMetricSummaries(database.db);
    const fromSql = await listSpreadFigures(
      database.db,
      metrics.map((metric) => metric.id),
    );
    let measured = 0;
    for (const metric of metrics) {
      const expected = computeSpread(await allFigures(metric.slug));
      expect(computeSpread(fromSql.get(metric.id) ?? []), metric.slug).toEqual(expected);
      if (expected) measured += 1;
    }
    expect(measured).toBeGreaterThan(5);
  });
});

describe('a metric with more figures than the chart has marks', () => {
  const slug = 'drone-output';

  beforeAll(async () => {
    database = await openTestDatabase();
    await loadSeedDirectory(database.db, fixtureSeedDir);
  });
  afterAll(() => database.close());

  it('is charted figure by figure while the figures fit', async () => {
    const data = await getMetricChartFigures(database.db, await metricNamed(slug));
    expect(data.mode).toBe('figures');
    expect(data.mode === 'figures' && data.records.map((record) => record.publicId).sort()).toEqual([
      'drones-per-day-minister',
      'drones-per-day-target-minister',
    ]);
  });

  it('is charted as groups by claimant and period past the mark limit, and says so', async () => {
    // Three figures copied 60 times each: the drone metric's two figures become 120, past the limit of 40.
    await fillWithCopies(database.db, 180);
    const metric = await metricNamed(slug);
    const records = await allFigures(slug);
    expect(records.length).toBe(120);
    expect(records.length).toBeGreaterThan(chartMarkLimit);

    const data = await getMetricChartFigures(database.db, metric);
    expect(data.mode).toBe('groups');
    if (data.mode !== 'groups') return;
    expect(data.groupedBy).toBe('claimant and period');
    const byPeriod = new Map<string | null, FigureRecord[]>();
    for (const record of records) {
      byPeriod.set(record.periodEnd, [...(byPeriod.get(record.periodEnd) ?? []), record]);
    }
    expect(data.groups).toHaveLength(byPeriod.size);
    for (const group of data.groups) {
      const members = byPeriod.get(group.periodEnd) ?? [];
      const latest = members.toSorted((a, b) => b.id - a.id)[0];
      expect(group).toMatchObject({
        claimant: { slug: 'sample-minister' },
        count: members.length,
        min: Math.min(...members.map((record) => record.value ?? 0)),
        max: Math.max(...members.map((record) => record.value ?? 0)),
        latest: latest?.value,
        latestFigureId: latest?.publicId,
      });
    }

    const { chart, spread } = shapeChartFigures(data, metric);
    expect(chart?.kind).toBe('groups');
    expect(chart?.kind === 'groups' && chart.groupNote).toBe(
      '120 figures shown as 2 groups by source and period: each bar is the range, the dot the latest',
    );
    expect(chart?.summary).toMatch(/^120 figures shown as 2 groups by source and period/);
    expect(chart?.kind === 'groups' && chart.rows.map((row) => row.href)).toEqual([
      '/figures?metric=drone-output&claimant=sample-minister',
      '/figures?metric=drone-output&claimant=sample-minister',
    ]);
    expect(spread).toEqual(computeSpread(records));
  });

  it('groups by claimant alone when even the periods are too many', async () => {
    const data = await getMetricChartFigures(database.db, await metricNamed(slug), 1);
    expect(data.mode === 'groups' && data.groupedBy).toBe('claimant');
    expect(data.mode === 'groups' && data.groups.map((group) => [group.claimant.slug, group.count])).toEqual([
      ['sample-minister', 120],
    ]);
  });
});

describe('rates drawn per year in SQL', () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadSeedDirectory(database.db, 'seeds');
  });
  afterAll(() => database.close());

  it('counts the days of the rate’s year as the chart does: 366 in a leap year, 365 otherwise', async () => {
    // The daily rate moved into 2024, a leap year, and made a range (which SQL converts itself, with no stored
    // per-year value): its year has 366 days.
    await database.db.execute(
      sql`update figures set period_start = '2024-06-01', period_end = '2024-06-30', bound = 'range', value = null,
        value_low = 1400, value_high = 1600, normalised_value = null, normalised_unit = null, normalised_per = null
        where public_id = 'russian-casualties-per-day-ukrainian-nato-sources'`,
    );
    const metric = await metricNamed('russian-military-casualties');
    const data = await getMetricChartFigures(database.db, metric, 1);
    expect(data.mode === 'groups' && data.normalised).toBe(true);
    if (data.mode !== 'groups') return;
    const records = await allFigures(metric.slug);
    for (const group of data.groups) {
      const record = records.find((candidate) => candidate.publicId === group.latestFigureId);
      expect(group.max, group.latestFigureId).toBe(record && plottedValue(record, true)?.value);
    }
    // With a limit of one mark, the group with the largest value is drawn.
    expect(data.groups.map((group) => group.max)).toEqual([1500 * 366]);
  });
});
