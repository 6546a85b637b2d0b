import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listMetricSummaries } from '@/db/queries/catalogue';
import {
  countFigureRecords,
  countFigureRecordsUpTo,
  iterateFigureRecords,
  listFigureRecords,
  listFirstFigureRecords,
} from '@/db/queries/figure-records';
import { listFigureFacets, listFigureFacetsWithCount } from '@/db/queries/figure-facets';
import { listSpreadFigures } from '@/db/queries/chart-figures';
import { getSourceBySlug, listExcludedMentions, listSourceFigureSpans } from '@/db/queries/sources';
import { loadSeedDirectory } from '@/db/load-seed';
import { computeSpread } from '@/lib/charts/compute-spread';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import { describeFigureCount } from '@/lib/figures/describe-figure-count';
import { figureFilters, parseFigureQuery } from '@/lib/figures/figure-filters';
import { moreFigures } from '@/lib/figures/more-figures';
import { fillWithCopies } from '../support/fill-figures';
import { openTestDatabase } from '../support/test-database';

// The seeded figures copied past the 500 rows source and metric pages used to read.
let database: Database;
let total: number;

async function countRows(query: ReturnType<typeof sql>): Promise<number> {
  const result = await database.db.execute<{ count: number }>(query);
  const rows = Array.isArray(result) ? result : (result as { rows: { count: number }[] }).rows;
  return Number(rows[0]?.count ?? 0);
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSeedDirectory(database.db, 'seeds');
  await fillWithCopies(database.db, 1200);
  total = await countRows(sql`select count(*)::int as count from figures`);
}, 120_000);
afterAll(() => database.close());

const metricSlug = 'russian-military-casualties';
const sourceSlug = 'pokrovsk-mine-trump-envoy';
// Small pages, so a metric's few dozen figures fill several.
const pageSize = 10;

describe('keyset tables on metric, source and claimant pages', () => {
  it('has more figures than a page shows', () => {
    expect(total).toBeGreaterThan(1000);
  });

  it('shows the first rows by id, counts the rest from the tallies, and links to where /figures continues', async () => {
    const view = { metric: [metricSlug] };
    const all = await countRows(
      sql`select count(*)::int as count from figures f join metrics m on m.id = f.metric_id where m.slug = ${metricSlug}`,
    );
    const { records, total: counted } = await listFirstFigureRecords(
      database.db,
      figureFilters(view),
      pageSize,
    );
    expect(records).toHaveLength(pageSize);
    expect(counted).toBeGreaterThan(2 * pageSize);
    expect(counted).toBe(all);
    const more = moreFigures(view, counted, records);
    expect(more).toMatchObject({
      remaining: all - pageSize,
      viewHref: `/figures?metric=${metricSlug}`,
      csvHref: `/figures.csv?metric=${metricSlug}`,
    });
    // The link is a /figures address whose next page starts right after the table's last row.
    const link = new URL(more!.continueHref, 'http://localhost');
    expect(link.pathname).toBe('/figures');
    const { filters, page } = parseFigureQuery(link.searchParams, { paged: true });
    const next = await listFigureRecords(database.db, filters, { cursor: page.cursor, limit: pageSize });
    const straight = await listFigureRecords(database.db, figureFilters(view), { limit: 2 * pageSize });
    expect([...records, ...next].map((record) => record.publicId)).toEqual(
      straight.map((record) => record.publicId),
    );
  });

  it('says nothing more when the table holds every figure of the view', async () => {
    const view = { metric: [metricSlug] };
    const { records, total: counted } = await listFirstFigureRecords(database.db, figureFilters(view), 5000);
    expect(records).toHaveLength(counted);
    expect(moreFigures(view, counted, records)).toBeNull();
  });

  it('bounds a figure page’s list of the other figures and counts the figure itself out of "N more"', async () => {
    const view = { metric: [metricSlug] };
    const { records, total: counted } = await listFirstFigureRecords(
      database.db,
      figureFilters(view),
      pageSize + 1,
    );
    const [own, ...others] = records;
    expect(others).toHaveLength(pageSize);
    expect(moreFigures(view, counted, others, 1)?.remaining).toBe(counted - pageSize - 1);
    expect(own).toBeDefined();
  });
});

describe('source coverage from every figure', () => {
  it('reads one row per quote and stated value, and counts every figure of the article', async () => {
    const source = (await getSourceBySlug(database.db, sourceSlug))!;
    const figureCount = await countRows(
      sql`select count(*)::int as count from figures where source_id = ${source.id}`,
    );
    const distinct = await countRows(
      sql`select count(*)::int as count from (select distinct quote_start, quote_end, value_text from figures where source_id = ${source.id}) spans`,
    );
    expect(figureCount).toBeGreaterThan(500);
    const spans = await listSourceFigureSpans(database.db, source.id);
    expect(spans).toHaveLength(distinct);
    const coverage = computeCoverage(source.text, spans, await listExcludedMentions(database.db, source.id));
    expect(coverage.figureCount).toBe(figureCount);
    expect(coverage.unaccounted).toBe(0);
  });
});

describe('the spread on complete data', () => {
  it('measures each metric from a few figures per group exactly as from all of its figures', async () => {
    const metrics = (await listMetricSummaries(database.db)).filter((metric) => metric.figureCount > 1);
    expect(metrics.length).toBeGreaterThan(10);
    for (const metric of metrics) {
      const all = await listFigureRecords(database.db, figureFilters({ metric: [metric.slug] }), {
        limit: 5000,
      });
      const candidates = (await listSpreadFigures(database.db, [metric.id])).get(metric.id) ?? [];
      expect(candidates.length).toBeLessThan(all.length);
      const spread = computeSpread(all);
      const fromCandidates = computeSpread(candidates);
      expect(fromCandidates?.text, metric.slug).toBe(spread?.text);
      expect(fromCandidates?.note, metric.slug).toBe(spread?.note);
      expect(fromCandidates?.pair, metric.slug).toEqual(spread?.pair);
    }
  });
});

describe('text search counts', () => {
  it('counts exactly up to the cap and then says "more than"', async () => {
    const drones = figureFilters({ q: ['drones'] });
    const exact = await countFigureRecordsUpTo(database.db, drones, 100_000);
    expect(exact.more).toBe(false);
    expect(exact.count).toBeGreaterThan(20);
    expect(await countFigureRecordsUpTo(database.db, drones, exact.count)).toEqual({
      count: exact.count,
      more: false,
    });
    const capped = await countFigureRecordsUpTo(database.db, drones, 10);
    expect(capped).toEqual({ count: 10, more: true });
    expect(describeFigureCount(capped, true)).toBe('More than 10 figures match this view.');
  });

  it('counts the facets under a search from at most the first 1,000 matches', async () => {
    // Leaving out a word no quote has matches every figure.
    const nearlyAll = figureFilters({ q: ['-zyzzyva'] });
    expect(await countFigureRecordsUpTo(database.db, nearlyAll, 100_000)).toEqual({
      count: total,
      more: false,
    });
    expect(await countFigureRecordsUpTo(database.db, nearlyAll)).toEqual({ count: 1000, more: true });
    const facets = await listFigureFacets(database.db, nearlyAll);
    expect(facets.kind.reduce((sum, facet) => sum + facet.count, 0)).toBe(1000);
    // The /figures page takes its count from the facets' sample: the same answer.
    expect((await listFigureFacetsWithCount(database.db, nearlyAll)).total).toEqual({
      count: 1000,
      more: true,
    });
    const drones = await listFigureFacetsWithCount(database.db, figureFilters({ q: ['drones'] }));
    expect(drones.total).toEqual(await countFigureRecordsUpTo(database.db, figureFilters({ q: ['drones'] })));
    expect(drones.total.more).toBe(false);
  });

  it('pages through every match in order, whether a few match (read by id) or more than the cap (walked)', async () => {
    for (const q of ['drones', '-zyzzyva']) {
      const filters = figureFilters({ q: [q] });
      const ids: number[] = [];
      for await (const record of iterateFigureRecords(database.db, filters, 40)) ids.push(record.id);
      expect(ids, q).toHaveLength(await countFigureRecords(database.db, filters));
      expect(ids, q).toEqual([...ids].sort((a, b) => a - b));
      const byPeriod = await listFigureRecords(database.db, filters, { sort: 'period', limit: 3000 });
      expect(new Set(byPeriod.map((record) => record.id)), q).toEqual(new Set(ids));
      // /figures hands the facets' sample of matches to the page query: the same rows.
      const { searchMatches } = await listFigureFacetsWithCount(database.db, filters);
      const reused = await listFigureRecords(database.db, filters, { limit: 3000, searchMatches });
      expect(
        reused.map((record) => record.id),
        q,
      ).toEqual(ids);
    }
    expect(await listFigureRecords(database.db, figureFilters({ q: ['zyzzyva'] }), { limit: 10 })).toEqual(
      [],
    );
  });
});
