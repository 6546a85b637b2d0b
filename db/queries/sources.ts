import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { byText } from './order-by-text';
import { excludedMentions, figures, figureTallies, sources, sourceVersions } from '../schema';
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

/**
 * The article's figures as distinct places in its text: one row per quote and stated value, with the first figure
 * there (lowest id) and how many figures share it. Bounded by the text, not by the figures: coverage and the
 * highlighted text read these, so they stay complete and small however many figures repeat a sentence.
 */
export function listSourceFigureSpans(db: Db, sourceId: number) {
  const spans = db
    .select({
      quoteStart: figures.quoteStart,
      quoteEnd: figures.quoteEnd,
      valueText: figures.valueText,
      firstId: sql<number>`min(${figures.id})`.as('first_id'),
      figureCount: sql<number>`count(*)::int`.as('figure_count'),
    })
    .from(figures)
    // Figures quoting an earlier version of the article have no place in its current text.
    .where(and(eq(figures.sourceId, sourceId), isNull(figures.quoteDocument)))
    .groupBy(figures.quoteStart, figures.quoteEnd, figures.valueText)
    .as('spans');
  return db
    .select({
      publicId: figures.publicId,
      quote: figures.quote,
      quoteStart: spans.quoteStart,
      quoteEnd: spans.quoteEnd,
      valueText: spans.valueText,
      figureCount: spans.figureCount,
    })
    .from(spans)
    .innerJoin(figures, eq(figures.id, spans.firstId))
    .orderBy(asc(spans.quoteStart), asc(spans.firstId));
}

/** The figure whose anchor marks this figure's place in the source text: the first with the same quote and value. */
export async function getFigureSpanAnchor(
  db: Db,
  figure: { sourceId: number; quoteStart: number; quoteEnd: number; valueText: string },
): Promise<string | undefined> {
  const [row] = await db
    .select({ publicId: figures.publicId })
    .from(figures)
    .where(
      and(
        eq(figures.sourceId, figure.sourceId),
        eq(figures.quoteStart, figure.quoteStart),
        eq(figures.quoteEnd, figure.quoteEnd),
        eq(figures.valueText, figure.valueText),
        isNull(figures.quoteDocument),
      ),
    )
    .orderBy(asc(figures.id))
    .limit(1);
  return row?.publicId;
}

/** The article's versions the outlet has since corrected, newest first. */
export function listSourceVersions(db: Db, sourceId: number) {
  return db
    .select()
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, sourceId))
    .orderBy(asc(sourceVersions.position));
}

/** The earlier version of its article a figure quotes, or undefined when it quotes the current text. */
export async function getQuotedVersion(db: Db, figureId: number) {
  const [row] = await db
    .select({ version: sourceVersions })
    .from(figures)
    .innerJoin(sourceVersions, eq(sourceVersions.documentFile, figures.quoteDocument))
    .where(eq(figures.id, figureId));
  return row?.version;
}
