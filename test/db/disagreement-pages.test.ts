import { recordDataVersion } from '@/db/queries/data-version';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import FigurePage from '@/app/(site)/figures/[id]/page';
import MetricPage from '@/app/(site)/metrics/[slug]/page';
import HomePage from '@/app/(site)/page';
import TopicPage from '@/app/(site)/topics/[slug]/page';
import { useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { listMetricSummaries, listTopics } from '@/db/queries/catalogue';
import { listFigureRecords, type FigureRecord } from '@/db/queries/figure-records';
import { loadSeedDirectory } from '@/db/load-seed';
import { plottedValue } from '@/lib/charts/plotted-value';
import { comparability } from '@/lib/figures/comparable-pair';
import { figureFilters } from '@/lib/figures/figure-filters';
import { normaliseToYear } from '@/lib/figures/normalise-rate';
import { renderPage, visibleText } from '../support/render-page';
import { openTestDatabase } from '../support/test-database';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSeedDirectory(database.db, 'seeds');
  useDatabase(database);
}, 120_000);
afterAll(() => database.close());

const differ = /Sources differ by (?:at least |up to )?([\d.,]+)×/g;

/**
 * The widest ratio between two of a metric's figures that the comparable-pair rule allows, worked out pair by pair
 * here rather than by computeSpread: null when no pair is at least 5% apart. `conversions: false` leaves out pairs
 * that meet only per year, as "Most contested" does.
 */
function widestAllowed(records: readonly FigureRecord[], { conversions = true } = {}): number | null {
  let widest: number | null = null;
  for (const a of records) {
    for (const b of records) {
      const rule = comparability(a, b);
      if (!rule.comparable || (rule.converted && !conversions)) continue;
      const [high, low] = [plottedValue(a, rule.converted)?.value, plottedValue(b, rule.converted)?.value];
      if (high === undefined || low === undefined || low <= 0 || high < low) continue;
      if (high / low >= 1.05 && (widest === null || high / low > widest)) widest = high / low;
    }
  }
  return widest;
}

const shown = (ratio: number | null) => (ratio === null ? [] : [String(Math.round(ratio * 10) / 10)]);

function differences(text: string): string[] {
  return [...text.matchAll(differ)].map((match) => match[1] ?? '');
}

async function metricFigures(slug: string): Promise<FigureRecord[]> {
  return listFigureRecords(database.db, figureFilters({ metric: [slug] }), { limit: 1000 });
}

/** Every "Sources differ by N×" on every page that prints a spread matches what the rule allows, and no other. */
async function expectOnlyAllowedDisagreements(): Promise<void> {
  const metrics = await listMetricSummaries(database.db);
  const allowed = new Map<string, string[]>();
  for (const metric of metrics)
    allowed.set(metric.slug, shown(widestAllowed(await metricFigures(metric.slug))));

  for (const metric of metrics) {
    const page = visibleText(
      await renderPage(MetricPage({ params: Promise.resolve({ slug: metric.slug }) })),
    );
    for (const ratio of differences(page)) expect(ratio, metric.slug).toBe(allowed.get(metric.slug)?.[0]);
    if (metric.figureCount < 2) continue;
    for (const record of await metricFigures(metric.slug)) {
      const figurePage = visibleText(
        await renderPage(FigurePage({ params: Promise.resolve({ id: record.publicId }) })),
      );
      expect(differences(figurePage), record.publicId).toEqual(allowed.get(metric.slug));
    }
  }

  // Topic and home pages hold several charts: each chart card names its metric in its heading's link.
  const pages = [await renderPage(HomePage())];
  for (const topic of await listTopics(database.db)) {
    pages.push(await renderPage(TopicPage({ params: Promise.resolve({ slug: topic.slug }) })));
  }
  for (const html of pages) {
    for (const card of html.split('<article class="chart-card">').slice(1)) {
      const slug = /href="\/metrics\/([a-z0-9-]+)"/.exec(card)?.[1] ?? '';
      for (const ratio of differences(visibleText(card))) expect(ratio, slug).toBe(allowed.get(slug)?.[0]);
    }
  }
}

/** The home page's "Where sources disagree" charts: each metric's slug and its spread. */
async function mostContested(): Promise<{ text: string; items: [string, string][] }> {
  const html = await renderPage(HomePage());
  const section = /<section aria-labelledby="disagree-heading">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  const items = [...section.matchAll(/<article class="chart-card">([\s\S]*?)<\/article>/g)].map(
    (item): [string, string] => [
      /href="\/metrics\/([a-z0-9-]+)"/.exec(item[1] ?? '')?.[1] ?? '',
      /<p class="chart-spread"><strong>([^<]*)<\/strong>/.exec(item[1] ?? '')?.[1] ?? '',
    ],
  );
  return { text: visibleText(section), items };
}

async function addFigure(
  publicId: string,
  like: string,
  figure: Pick<FigureRecord, 'kind' | 'value' | 'per' | 'periodStart' | 'periodEnd'> & { claimant: string },
): Promise<void> {
  const normalised = normaliseToYear(figure.value, figure.per, figure.periodEnd);
  await database.db.execute(sql`
    insert into figures (public_id, metric_id, source_id, claimant_id, kind, value_text, value, bound, unit, per,
      normalised_value, normalised_unit, normalised_per, period_start, period_end, quote, quote_start, quote_end,
      quote_prefix, quote_suffix)
    select ${publicId}, f.metric_id, f.source_id, (select id from claimants where slug = ${figure.claimant}),
      ${figure.kind}::figure_kind, f.value_text, ${figure.value}, 'exact', f.unit, ${figure.per}::rate_per,
      ${normalised?.value ?? null}::float8, ${normalised ? sql`f.unit` : sql`null`}, ${normalised ? 'year' : null}::rate_per,
      ${figure.periodStart}::date, ${figure.periodEnd}::date, f.quote, f.quote_start, f.quote_end, f.quote_prefix,
      f.quote_suffix
    from figures f where f.public_id = ${like}`);
}

describe('disagreement on the seeded data', () => {
  it('finds no real disagreement, and "Most contested" says so plainly', async () => {
    const { text, items } = await mostContested();
    expect(items).toEqual([]);
    expect(text).toContain('No real disagreement in the data yet');
  });

  it('sets the daily rate at publication against nothing: different periods, said in words', async () => {
    const page = visibleText(
      await renderPage(MetricPage({ params: Promise.resolve({ slug: 'russian-military-casualties' }) })),
    );
    expect(differences(page)).toEqual([]);
    expect(page).toContain('No disagreement to measure: the figures refer to different periods.');
    expect(page).toContain(
      'Rates are drawn per year: more than 1,500 people a day × 365 = more than 547,500 people a year.',
    );
    expect(page).not.toContain('speak for different sides');
    expect(page).toContain(
      'The stated daily rate (more than 1,500 people) is more than 27% above the 2024 daily average (1,177 people): no match within 5%.',
    );
    expect(page).toContain('A difference of up to 5% of the 2024 daily average counts as a match.');
    expect(page).toContain('total_2024_days = 366, the days in 2024');
  });

  it('says on every metric page which cross-checks use its figures, or that none do', async () => {
    const none = visibleText(
      await renderPage(MetricPage({ params: Promise.resolve({ slug: 'ceasefire-proposal-duration' }) })),
    );
    expect(none).toContain('No cross-check uses this metric’s figures.');
    const pokrovske = visibleText(
      await renderPage(MetricPage({ params: Promise.resolve({ slug: 'pokrovske-coal-workforce' }) })),
    );
    expect(pokrovske).toContain('2 cross-checks use this metric’s figures');
    expect(pokrovske).toContain(
      'The head count of three 500-person shifts (1,500 people) is 2,000 people less than the head count still working (3,500 people).',
    );
    expect(pokrovske).toContain(
      'The head count of three 500-person shifts cannot be more than the head count still working.',
    );
  });

  it('prints no "Sources differ" that compares figures failing the rule, on any page', async () => {
    await expectOnlyAllowedDisagreements();
  }, 300_000);
});

describe('disagreement once the data holds some', () => {
  beforeAll(async () => {
    // A Russian count of its own losses for 2024: a real disagreement with Ukraine's General Staff (2.9×), and
    // none with the daily rate at publication in January 2025.
    await addFigure(
      'russian-casualties-2024-russian-mod-test',
      'russian-casualties-2024-ukraine-general-staff',
      {
        claimant: 'russia-defence-ministry',
        kind: 'claim',
        value: 150_000,
        per: 'year',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
      },
    );
    // A target for 2024, far off: never a side of a disagreement.
    await addFigure('russian-casualties-2024-target-test', 'russian-casualties-2024-ukraine-general-staff', {
      claimant: 'donald-trump',
      kind: 'target',
      value: 10,
      per: 'year',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
    });
    // A daily average over 2024: comparable with Medvedev's year-to-date total only per year, so shown, not ranked.
    await addFigure('russian-recruitment-per-day-2024-test', 'russian-recruitment-2024-medvedev', {
      claimant: 'institute-for-the-study-of-war',
      kind: 'estimate',
      value: 1000,
      per: 'day',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
    });
    // As a load does: a new data version, with the spreads' figures rebuilt.
    await recordDataVersion(database.db, 'three test figures added');
  });

  it('ranks only the real disagreement in "Most contested"', async () => {
    const { items } = await mostContested();
    expect(items).toEqual([['russian-military-casualties', 'Sources differ by 2.9×']]);
  });

  it('charts it on the home page with the values on the marks and the spread as a labelled connector', async () => {
    const html = await renderPage(HomePage());
    const section = /<section aria-labelledby="disagree-heading">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section.match(/<g class="spread-connector">/g)).toHaveLength(2);
    expect(visibleText(section)).toContain('2.9×');
    expect(section).toMatch(/<text class="mark-value"[^>]*>430,790<\/text>/);
  });

  it('measures the spread between comparable figures only, and shows a conversion as arithmetic', async () => {
    const casualties = visibleText(
      await renderPage(MetricPage({ params: Promise.resolve({ slug: 'russian-military-casualties' }) })),
    );
    expect(differences(casualties)).toContain('2.9');
    expect(casualties).toContain('Not counted: targets (1 figure), which are not measurements.');
    expect(casualties).toContain('Not set against each other: figures for different periods.');
    const recruitment = visibleText(
      await renderPage(MetricPage({ params: Promise.resolve({ slug: 'russian-military-recruitment' }) })),
    );
    expect(recruitment).toContain('Sources differ by 1.2×.');
    expect(recruitment).toContain('Compared per year: 1,000 people a day × 366 = 366,000 people a year.');
  });

  it('prints no "Sources differ" that compares figures failing the rule, on any page', async () => {
    await expectOnlyAllowedDisagreements();
  }, 300_000);
});
