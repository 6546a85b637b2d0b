import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelatedFigures } from '@/components/RelatedFigures';
import type { Database } from '@/db/client';
import { getMetricBySlug } from '@/db/queries/catalogue';
import { listClaimantsOfMetric } from '@/db/queries/claimants';
import { listRelatedMetrics } from '@/db/queries/metric-relations';
import { loadSeedDirectory } from '@/db/load-seed';
import { describeOneSide } from '@/lib/figures/describe-one-side';
import { copyFixtureSeeds, editSeedFile } from '../support/seed-copy';
import { openTestDatabase } from '../support/test-database';

let database: Database;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

async function metricId(slug: string): Promise<number> {
  const found = await getMetricBySlug(database.db, slug);
  if (!found) throw new Error(`test setup: no metric ${slug}`);
  return found.metric.id;
}

/** The "Related figures" section of a metric page, as the server renders it. */
async function relatedSection(slug: string): Promise<string> {
  const related = await listRelatedMetrics(database.db, await metricId(slug));
  return renderToStaticMarkup(createElement(RelatedFigures, { related }));
}

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('related figures from the seed files', () => {
  beforeAll(async () => {
    await loadSeedDirectory(database.db, 'seeds');
  }, 120_000);

  it('stores every relation in both directions', async () => {
    const pairs = await rows<{ from: string; to: string }>(
      sql`select a.slug as "from", b.slug as "to" from metric_relations r
          join metrics a on a.id = r.metric_id join metrics b on b.id = r.related_metric_id`,
    );
    expect(pairs.length).toBeGreaterThan(0);
    const stored = new Set(pairs.map((pair) => `${pair.from} ${pair.to}`));
    expect(pairs.filter((pair) => !stored.has(`${pair.to} ${pair.from}`))).toEqual([]);
  });

  it('links each related metric and its figures on both metric pages, in words read from each side', async () => {
    const sector = await relatedSection('russian-firepower-advantage-ratio-sector');
    const front = await relatedSection('russian-firepower-advantage-ratio');
    expect(sector).toContain('href="/metrics/russian-firepower-advantage-ratio"');
    expect(sector).toContain('the same ratio across the whole front, of which these are sectors.');
    expect(sector).toContain('href="/figures/russian-firepower-advantage-some-observers"');
    expect(front).toContain('href="/metrics/russian-firepower-advantage-ratio-sector"');
    expect(front).toContain(
      'the same ratio in particular sectors of this front, not across the whole of it.',
    );
    expect(front).toContain('href="/figures/russian-firepower-advantage-sector-other-observers"');
  });

  it('lists on every page each metric related to it, with a link to that metric and to each figure shown', async () => {
    const related = await rows<{ from: string; to: string; figure: string | null }>(
      sql`select a.slug as "from", b.slug as "to",
            (select f.public_id from figures f where f.metric_id = b.id order by f.id limit 1) as figure
          from metric_relations r join metrics a on a.id = r.metric_id join metrics b on b.id = r.related_metric_id`,
    );
    const pages = new Map<string, string>();
    for (const { from, to, figure } of related) {
      const html = pages.get(from) ?? (await relatedSection(from));
      pages.set(from, html);
      expect(html, `${from} links ${to}`).toContain(`href="/metrics/${to}"`);
      if (figure) expect(html, `${from} links ${figure}`).toContain(`href="/figures/${figure}"`);
    }
  });
});

describe('related figures through loads of edited seeds', () => {
  const relation =
    '\n  related:\n    - metric: drone-output\n      relation: "drones the aid may buy"\n      reverse: "the aid that may buy them"';

  async function relationsAndVersion() {
    const pairs = await rows<{ from: string; to: string; relation: string }>(
      sql`select a.slug as "from", b.slug as "to", r.relation from metric_relations r
          join metrics a on a.id = r.metric_id join metrics b on b.id = r.related_metric_id order by 1`,
    );
    const [version] = await rows<{ id: number }>(sql`select max(id) as id from data_versions`);
    return { pairs, version: Number(version?.id) };
  }

  it('adds a relation and removes it again, each time as a new data version', async () => {
    const dir = await copyFixtureSeeds();
    await loadSeedDirectory(database.db, dir);
    const before = await relationsAndVersion();
    expect(before.pairs).toEqual([]);

    await editSeedFile(dir, 'metrics.yaml', 'subject: United States', `subject: United States${relation}`);
    await loadSeedDirectory(database.db, dir);
    const related = await relationsAndVersion();
    expect(related.pairs).toEqual([
      { from: 'drone-output', to: 'us-aid-sent', relation: 'the aid that may buy them' },
      { from: 'us-aid-sent', to: 'drone-output', relation: 'drones the aid may buy' },
    ]);
    expect(related.version).toBeGreaterThan(before.version);

    await editSeedFile(dir, 'metrics.yaml', relation, '');
    await loadSeedDirectory(database.db, dir);
    const removed = await relationsAndVersion();
    expect(removed.pairs).toEqual([]);
    expect(removed.version).toBeGreaterThan(related.version);
  });

  it('says above the chart when all of a metric figures come from one side, and not otherwise', async () => {
    await loadSeedDirectory(database.db, await copyFixtureSeeds());
    const note = async (slug: string) => {
      const parts = describeOneSide(await listClaimantsOfMetric(database.db, await metricId(slug)));
      return parts?.map((part) => ('text' in part ? part.text : part.claimant.name)).join('') ?? null;
    };
    expect(await note('drone-output')).toBe(
      'Both figures here come from the Ukrainian side (A sample minister); no figure from another side or an independent source is recorded.',
    );
    expect(await note('us-aid-sent')).toBeNull();
  });
});
