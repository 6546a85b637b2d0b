import { asc, between, max } from 'drizzle-orm';
import type { Db } from '../client';
import { claimants, figures, metrics, sources, topics } from '../schema';

/** The slugs of every topic, metric, source and claimant page, for the sitemap. */
export async function listSitemapSlugs(db: Db) {
  const [topicRows, metricRows, sourceRows, claimantRows] = await Promise.all([
    db.select({ slug: topics.slug }).from(topics).orderBy(asc(topics.slug)),
    db.select({ slug: metrics.slug }).from(metrics).orderBy(asc(metrics.slug)),
    db.select({ slug: sources.slug }).from(sources).orderBy(asc(sources.slug)),
    db.select({ slug: claimants.slug }).from(claimants).orderBy(asc(claimants.slug)),
  ]);
  const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);
  return {
    topics: slugs(topicRows),
    metrics: slugs(metricRows),
    sources: slugs(sourceRows),
    claimants: slugs(claimantRows),
  };
}

/** The largest figure id: how far the figure sitemaps must reach. */
export async function getLargestFigureId(db: Db): Promise<number> {
  const [row] = await db.select({ id: max(figures.id) }).from(figures);
  return row?.id ?? 0;
}

/** The public ids of the figures whose ids lie from `first` to `last`, by the primary key. */
export async function listFigurePublicIds(db: Db, { first, last }: { first: number; last: number }) {
  const rows = await db
    .select({ publicId: figures.publicId })
    .from(figures)
    .where(between(figures.id, first, last))
    .orderBy(asc(figures.id));
  return rows.map((row) => row.publicId);
}
