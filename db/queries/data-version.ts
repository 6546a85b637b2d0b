import { desc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { dataVersions, figures, releases } from '../schema';
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

/**
 * The dataset as the site states it: the newest release of seeds/releases.yaml (its version, and its day as "last
 * updated"), and when the data was last loaded into this database (what the pages were computed from).
 */
export interface DatasetRelease {
  version: string;
  /** YYYY-MM-DD */
  releasedOn: string;
  /** ISO 8601 date-time, UTC */
  loadedAt: string;
  /** YYYY-MM-DD, UTC */
  loadedOn: string;
}

/** The current release, read once for the footer, citations, JSON-LD, the data package and the sitemaps. */
export async function getDatasetRelease(db: Db): Promise<DatasetRelease> {
  const [[release], [load]] = await Promise.all([
    db
      .select({ version: releases.version, releasedOn: releases.releasedOn })
      .from(releases)
      .orderBy(desc(releases.position))
      .limit(1),
    db.select({ loadedAt: dataVersions.loadedAt }).from(dataVersions).orderBy(desc(dataVersions.id)).limit(1),
  ]);
  const loadedAt = new Date(load?.loadedAt ?? 0).toISOString();
  const loadedOn = loadedAt.slice(0, 10);
  // Only a database never loaded from seeds has no release: nothing has been published from it.
  return {
    version: release?.version ?? '0.0.0',
    releasedOn: release?.releasedOn ?? loadedOn,
    loadedAt,
    loadedOn,
  };
}

/** The earliest start and latest end of the figures' periods, as the newest data version recorded them. */
export async function getFigurePeriodSpan(db: Db): Promise<{ first: string | null; last: string | null }> {
  const [row] = await db
    .select({ first: dataVersions.periodFirst, last: dataVersions.periodLast })
    .from(dataVersions)
    .orderBy(desc(dataVersions.id))
    .limit(1);
  return { first: row?.first ?? null, last: row?.last ?? null };
}

/** The time the data covers, read once per version by the statement that records it: the Dataset JSON-LD states it. */
export const periodSpanOfFigures = {
  periodFirst: sql<string | null>`(select min(${figures.periodStart}) from ${figures})`,
  periodLast: sql<string | null>`(select max(${figures.periodEnd}) from ${figures})`,
};

/**
 * Records a new data version for a change made outside the seed loader (a bulk fill in tests and benchmarks),
 * keeping the seed's hash so that reloading the same seed still changes nothing.
 */
export async function recordDataVersion(db: Db, summary: string): Promise<number> {
  await rebuildSpreadExtremes(db);
  const [row] = await db
    .insert(dataVersions)
    .values({
      seedSha256: sql`coalesce((select ${dataVersions.seedSha256} from ${dataVersions}
        order by ${dataVersions.id} desc limit 1), '')`,
      figureCount: sql`(select count(*)::int from ${figures})`,
      summary,
      ...periodSpanOfFigures,
    })
    .returning({ id: dataVersions.id });
  if (!row) throw new Error('internal: the data version was not written');
  await db.execute(sql`select pg_notify(${dataVersionChannel}, ${String(row.id)})`);
  return row.id;
}
