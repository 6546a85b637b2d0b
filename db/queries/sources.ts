import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { byText } from './order-by-text';
import { excludedMentions, figures, sources } from '../schema';

export function listSourceSummaries(db: Db) {
  return db
    .select({
      slug: sources.slug,
      title: sources.title,
      outlet: sources.outlet,
      author: sources.author,
      kind: sources.kind,
      publishedOn: sources.publishedOn,
      publishedPrecision: sources.publishedPrecision,
      figureCount: sql<number>`count(${figures.id})::int`,
    })
    .from(sources)
    .leftJoin(figures, eq(figures.sourceId, sources.id))
    .groupBy(sources.id)
    .orderBy(asc(sources.publishedOn), byText(sources.slug));
}

export async function getSourceBySlug(db: Db, slug: string) {
  const [source] = await db.select().from(sources).where(eq(sources.slug, slug));
  return source;
}

export function listExcludedMentions(db: Db, sourceId: number) {
  return db
    .select()
    .from(excludedMentions)
    .where(eq(excludedMentions.sourceId, sourceId))
    .orderBy(asc(excludedMentions.start));
}
