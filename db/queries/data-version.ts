import { desc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { dataVersions, figures } from '../schema';
import { datasetVersion } from '@/lib/site/dataset-version';
import { rebuildSpreadExtremes } from './chart-figures';

/** The Postgres NOTIFY channel on which a load announces its new data version. */
export const dataVersionChannel = 'contested_figures_data';

/** The newest data version: what every cached page, chart and download was computed from. 0 before any load. */
export async function getDataVersion(db: Db): Promise<number> {
  const [row] = await db
    .select({ id: dataVersions.id })
    .from(dataVersions)
    .orderBy(desc(dataVersions.id))
    .limit(1);
  return row?.id ?? 0;
}

/** The dataset as the site states it: its version (`1.<data version>.0`) and when its data was last loaded. */
export interface DatasetRelease {
  version: string;
  /** ISO 8601 date-time, UTC */
  loadedAt: string;
  /** YYYY-MM-DD, UTC */
  loadedOn: string;
}

/** The current release, read once for the footer, citations, JSON-LD, the data package and the sitemaps. */
export async function getDatasetRelease(db: Db): Promise<DatasetRelease> {
  const [row] = await db
    .select({ id: dataVersions.id, loadedAt: dataVersions.loadedAt })
    .from(dataVersions)
    .orderBy(desc(dataVersions.id))
    .limit(1);
  const loadedAt = new Date(row?.loadedAt ?? 0).toISOString();
  return { version: datasetVersion(row?.id), loadedAt, loadedOn: loadedAt.slice(0, 10) };
}

/** The earliest start and latest end of the figures' periods: the time the dataset covers. */
export async function getFigurePeriodSpan(db: Db): Promise<{ first: string | null; last: string | null }> {
  const [row] = await db
    .select({
      first: sql<string | null>`min(period_start)::text`,
      last: sql<string | null>`max(period_end)::text`,
    })
    .from(figures);
  return { first: row?.first ?? null, last: row?.last ?? null };
}

/**
 * Records a new data version for a change made outside the seed loader (a bulk fill in tests and benchmarks),
 * keeping the seed's hash so that reloading the same seed still changes nothing.
 */
export async function recordDataVersion(db: Db, summary: string): Promise<number> {
  await rebuildSpreadExtremes(db);
  const [row] = await db
    .execute<{ id: number }>(
      sql`
    insert into data_versions (seed_sha256, figure_count, summary)
    select coalesce((select seed_sha256 from data_versions order by id desc limit 1), ''),
      (select count(*)::int from figures), ${summary}
    returning id`,
    )
    .then((result) =>
      Array.isArray(result) ? result : (result as unknown as { rows: { id: number }[] }).rows,
    );
  if (!row) throw new Error('internal: the data version was not written');
  await db.execute(sql`select pg_notify(${dataVersionChannel}, ${String(row.id)})`);
  return row.id;
}
