import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { byText } from './order-by-text';
import { excludedMentions, figureTallies, sources } from '../schema';
import { sumOfTallies } from './figure-tallies';

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
      figureCount: sumOfTallies,
    })
    .from(sources)
    .leftJoin(figureTallies, eq(figureTallies.sourceId, sources.id))
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
