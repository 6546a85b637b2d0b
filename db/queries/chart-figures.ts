import { eq, sql, type SQL } from 'drizzle-orm';
import type { SpreadFigure } from '@/lib/charts/compute-spread';
import { measurementKinds } from '@/lib/charts/describe-figure';
import { chartMarkLimit } from '@/lib/charts/mark-limit';
import type { FigureGroup, GroupedBy } from '@/lib/charts/shape-figure-groups';
import { figureFilters } from '@/lib/figures/figure-filters';
import type { Db } from '../client';
import { claimants, figureTallies, sources } from '../schema';
import { figureRecordColumns, listFigureRecords, type FigureRecord } from './figure-records';
import { sumOfTallies } from './figure-tallies';

type Metric = { id: number; slug: string };
type Credit = Pick<FigureRecord, 'claimant' | 'source'>;

/** What a metric's chart is drawn from: every figure when they fit as marks, or groups of them when they do not. */
export type MetricChartFigures =
  | { mode: 'figures'; records: FigureRecord[] }
  | {
      mode: 'groups';
      /** The rate the grouped values are in: 'year' when the figures' rates differ, else the one they share. */
      per: FigureRecord['per'];
      normalised: boolean;
      groupedBy: GroupedBy;
      groups: FigureGroup[];
      /** True when even the groups by claimant were more than the limit, and only the largest are drawn. */
      cut: boolean;
      spreadFigures: SpreadFigure[];
      /** Each claimant and source once, for the source line. */
      credits: Credit[];
    };

// postgres.js returns an array of rows, PGlite an object holding them.
async function rowsOf<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}

// perYearFactor (lib/figures/normalise-rate.ts) in SQL, by the same day-count rule: a day the days of the year the
// period ends in (365 undated), a week those over 7, a month 12. test/db/chart-figures.test.ts holds the two equal.
const rateYearDays = `(case when f.period_end is null then 365 else make_date(extract(year from f.period_end)::int + 1, 1, 1) - make_date(extract(year from f.period_end)::int, 1, 1) end)`;
const factor = sql.raw(
  `(case f.per when 'day' then ${rateYearDays}::float8 when 'week' then ${rateYearDays}::float8 / 7 when 'month' then 12 else 1 end)`,
);

// The value a chart plots, as lib/charts/plotted-value.ts computes it: a range's midpoint, per year when the
// metric's rates differ (`normalise`: a boolean, or `r.normalise` of the rates joined as `r`) for `figures f`.
const plotted = (normalise: SQL) => sql`(case
  when ${normalise} and f.per is not null and f.per <> 'year' then
    case when f.bound = 'range' and f.value_low is not null and f.value_high is not null
      then (f.value_low + f.value_high) / 2 * ${factor}
      else coalesce(f.normalised_value, f.value * ${factor}) end
  else
    case when f.bound = 'range' and f.value_low is not null and f.value_high is not null
      then (f.value_low + f.value_high) / 2 else f.value end
  end)`;

/** Per metric, whether its figures' rates differ (then they are plotted per year): of these metrics, or of all. */
function ratesOf(metricIds: readonly number[] | 'all'): SQL {
  const which =
    metricIds === 'all'
      ? sql``
      : sql`where metric_id in (${sql.join(
          metricIds.map((id) => sql`${id}`),
          sql`, `,
        )})`;
  return sql`select metric_id, count(distinct per) > 1 as normalise, count(distinct coalesce(per::text, '')) as rate_count,
      min(per::text) as one_rate
    from figures ${which} group by metric_id`;
}

/**
 * Rebuilds `spread_extremes`, for every metric: per claimant, kind, rate and period, the figures with the smallest
 * and largest plotted value, `figure_count` standing for the rest. Whether two figures may be compared depends on
 * nothing else (lib/figures/comparable-pair.ts), so computeSpread gives the same answer from these as from every
 * figure. Ties break by id in opposite directions so two or more equal figures still yield two rows, as a spread
 * needs. Run in the transaction of every change to figures (the seed load, recordDataVersion): it reads them all.
 */
export async function rebuildSpreadExtremes(db: Db): Promise<void> {
  await db.execute(sql`delete from spread_extremes`);
  await db.execute(sql`insert into spread_extremes (metric_id, figure_id, figure_count)
    with rates as (${ratesOf('all')}),
    ranked as (
      select f.id, f.metric_id,
        row_number() over (partition by f.metric_id, f.claimant_id, f.kind, f.per, f.period_start, f.period_end order by ${plotted(sql`r.normalise`)} asc nulls last, f.id) as lo,
        row_number() over (partition by f.metric_id, f.claimant_id, f.kind, f.per, f.period_start, f.period_end order by ${plotted(sql`r.normalise`)} desc nulls last, f.id desc) as hi,
        count(*) over (partition by f.metric_id, f.claimant_id, f.kind, f.per, f.period_start, f.period_end) as n
      from figures f join rates r on r.metric_id = f.metric_id
    )
    select k.metric_id, k.id,
      (case when k.lo = 1 and k.hi = 1 then k.n when k.lo = 1 then k.n - 1 else 1 end)::int
    from ranked k
    where k.lo = 1 or k.hi = 1`);
}

/** Fills `spread_extremes` when it is empty and there are figures: once, for data loaded before it existed. */
export async function rebuildSpreadExtremesIfEmpty(db: Db): Promise<void> {
  const [row] = await rowsOf<{ missing: boolean }>(
    db,
    sql`select exists (select 1 from figures) and not exists (select 1 from spread_extremes) as missing`,
  );
  if (row?.missing) await rebuildSpreadExtremes(db);
}

/** For each of these metrics, the figures its spread is measured from (see rebuildSpreadExtremes). */
export async function listSpreadFigures(
  db: Db,
  metricIds: readonly number[],
): Promise<Map<number, SpreadFigure[]>> {
  const byMetric = new Map<number, SpreadFigure[]>();
  if (metricIds.length === 0) return byMetric;
  const rows = await rowsOf<{
    metric_id: number;
    public_id: string;
    kind: FigureRecord['kind'];
    value: number | null;
    value_low: number | null;
    value_high: number | null;
    bound: FigureRecord['bound'];
    unit: string;
    per: FigureRecord['per'];
    normalised_value: number | null;
    period_start: string | null;
    period_end: string | null;
    claimant_slug: string;
    count: number;
  }>(
    db,
    sql`select e.metric_id, f.public_id, f.kind, f.value, f.value_low, f.value_high, f.bound, f.unit, f.per,
      f.normalised_value, f.period_start::text, f.period_end::text, c.slug as claimant_slug, e.figure_count as count
    from spread_extremes e join figures f on f.id = e.figure_id join claimants c on c.id = f.claimant_id
    where e.metric_id in (${sql.join(
      metricIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    order by e.metric_id, f.id`,
  );
  for (const row of rows) {
    const figure: SpreadFigure = {
      publicId: row.public_id,
      kind: row.kind,
      value: row.value,
      valueLow: row.value_low,
      valueHigh: row.value_high,
      bound: row.bound,
      unit: row.unit,
      per: row.per,
      normalisedValue: row.normalised_value,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      claimant: { slug: row.claimant_slug },
      count: row.count,
    };
    byMetric.set(row.metric_id, [...(byMetric.get(row.metric_id) ?? []), figure]);
  }
  return byMetric;
}

async function listFigureGroups(
  db: Db,
  metricId: number,
  { groupedBy, normalise, limit }: { groupedBy: GroupedBy; normalise: boolean; limit: number },
) {
  const plottedValue = plotted(sql`${normalise}::boolean`);
  const byPeriod = groupedBy === 'claimant and period';
  const period = byPeriod ? sql`f.period_start::text, f.period_end::text` : sql`null::text, null::text`;
  const latestFirst = sql`f.period_end desc nulls last, s.published_on desc nulls last, f.id desc`;
  const rows = await rowsOf<{
    slug: string;
    name: string;
    side: FigureGroup['claimant']['side'];
    period_start: string | null;
    period_end: string | null;
    count: number;
    min: number;
    max: number;
    latest: number;
    latest_figure_id: string;
    measurement: boolean;
  }>(
    db,
    sql`select c.slug, c.name, c.side, ${period}, count(*)::int as count,
      min(${plottedValue}) as min, max(${plottedValue}) as max,
      (array_agg(${plottedValue} order by ${latestFirst}))[1] as latest,
      (array_agg(f.public_id order by ${latestFirst}))[1] as latest_figure_id,
      bool_and(f.kind::text in (${sql.join(
        measurementKinds.map((kind) => sql`${kind}`),
        sql`, `,
      )})) as measurement
    from figures f join claimants c on c.id = f.claimant_id join sources s on s.id = f.source_id
    where f.metric_id = ${metricId} and ${plottedValue} is not null
    group by c.id${byPeriod ? sql`, f.period_start, f.period_end` : sql``}
    order by max(${plottedValue}) desc, c.name
    limit ${limit + 1}`,
  );
  return rows.map((row): FigureGroup => ({
    claimant: { slug: row.slug, name: row.name, side: row.side },
    periodStart: row.period_start,
    periodEnd: row.period_end,
    count: row.count,
    min: row.min,
    max: row.max,
    latest: row.latest,
    latestFigureId: row.latest_figure_id,
    measurement: row.measurement,
  }));
}

/** Each claimant and source of a metric once (from the tallies), for the source line under a grouped chart. */
function listMetricCredits(db: Db, metricId: number): Promise<Credit[]> {
  return (
    db
      // The article's own checksum: a credit names the source, not a quote in one of its versions.
      .selectDistinct({
        claimant: figureRecordColumns.claimant,
        source: { ...figureRecordColumns.source, sha256: sources.sha256 },
      })
      .from(figureTallies)
      .innerJoin(claimants, eq(figureTallies.claimantId, claimants.id))
      .innerJoin(sources, eq(figureTallies.sourceId, sources.id))
      .where(eq(figureTallies.metricId, metricId))
  );
}

/**
 * The data of one metric's chart, read with bounded queries at any size: its figures when there are at most
 * `markLimit`, or else per-claimant-and-period groups computed in SQL (by claimant alone if even those are too many).
 */
export async function getMetricChartFigures(
  db: Db,
  metric: Metric,
  markLimit = chartMarkLimit,
): Promise<MetricChartFigures> {
  const [tally] = await db
    .select({ count: sumOfTallies })
    .from(figureTallies)
    .where(eq(figureTallies.metricId, metric.id));
  if ((tally?.count ?? 0) <= markLimit) {
    const records = await listFigureRecords(db, figureFilters({ metric: [metric.slug] }), {
      limit: markLimit,
    });
    return { mode: 'figures', records };
  }
  const [rates] = await rowsOf<{ normalise: boolean; rate_count: number; one_rate: FigureRecord['per'] }>(
    db,
    ratesOf([metric.id]),
  );
  const normalised = rates?.normalise ?? false;
  const per = normalised ? 'year' : Number(rates?.rate_count) === 1 ? (rates?.one_rate ?? null) : null;
  let groupedBy: GroupedBy = 'claimant and period';
  let groups = await listFigureGroups(db, metric.id, { groupedBy, normalise: normalised, limit: markLimit });
  if (groups.length > markLimit) {
    groupedBy = 'claimant';
    groups = await listFigureGroups(db, metric.id, { groupedBy, normalise: normalised, limit: markLimit });
  }
  const [spreadFigures, credits] = await Promise.all([
    listSpreadFigures(db, [metric.id]),
    listMetricCredits(db, metric.id),
  ]);
  return {
    mode: 'groups',
    per,
    normalised,
    groupedBy,
    groups: groups.slice(0, markLimit),
    cut: groups.length > markLimit,
    spreadFigures: spreadFigures.get(metric.id) ?? [],
    credits,
  };
}
