import { asc, eq, sql } from 'drizzle-orm';
import {
  describeCorrection,
  describeRetraction,
  sortCorrectionLog,
  type CorrectionLogEntry,
} from '@/lib/corrections/describe-correction';
import type { Db } from '../client';
import { claimants, figureCorrections, figures, metrics, retractedFigures, sources } from '../schema';

// A claimant or metric correction's `was` is a slug: readers are shown its name while it still exists.
const wasName = sql<string | null>`case ${figureCorrections.field}
  when 'claimant' then (select ${claimants.name} from ${claimants} where ${claimants.slug} = ${figureCorrections.was})
  when 'metric' then (select ${metrics.name} from ${metrics} where ${metrics.slug} = ${figureCorrections.was}) end`;

/** What a correction says: what the describe-correction words are made from. */
const correctionColumns = {
  correctedOn: figureCorrections.correctedOn,
  field: figureCorrections.field,
  was: figureCorrections.was,
  wasName,
  reason: figureCorrections.reason,
};

export function listCorrectionsOfFigure(db: Db, figureId: number) {
  return db
    .select(correctionColumns)
    .from(figureCorrections)
    .where(eq(figureCorrections.figureId, figureId))
    .orderBy(asc(figureCorrections.position));
}

export async function getRetractedFigure(db: Db, publicId: string) {
  const [row] = await db
    .select({
      publicId: retractedFigures.publicId,
      metricName: retractedFigures.metricName,
      claimantName: retractedFigures.claimantName,
      valueText: retractedFigures.valueText,
      quote: retractedFigures.quote,
      retractedOn: retractedFigures.retractedOn,
      reason: retractedFigures.reason,
      source: {
        slug: sources.slug,
        title: sources.title,
        outlet: sources.outlet,
        kind: sources.kind,
        publishedOn: sources.publishedOn,
        publishedPrecision: sources.publishedPrecision,
      },
    })
    .from(retractedFigures)
    .innerJoin(sources, eq(retractedFigures.sourceId, sources.id))
    .where(eq(retractedFigures.publicId, publicId));
  return row;
}

/** Every correction and retraction, newest first: a seed holds a few, so all of them at once. */
export async function listCorrectionLog(db: Db): Promise<CorrectionLogEntry[]> {
  const [corrections, retractions] = await Promise.all([
    db
      .select({
        ...correctionColumns,
        position: figureCorrections.position,
        publicId: figures.publicId,
        valueText: figures.valueText,
        metricName: metrics.name,
      })
      .from(figureCorrections)
      .innerJoin(figures, eq(figureCorrections.figureId, figures.id))
      .innerJoin(metrics, eq(figures.metricId, metrics.id)),
    db.select().from(retractedFigures),
  ]);
  return sortCorrectionLog([
    ...corrections.map((row) => ({
      kind: 'correction' as const,
      on: row.correctedOn,
      publicId: row.publicId,
      metricName: row.metricName,
      valueText: row.valueText,
      field: row.field,
      was: row.was,
      reason: row.reason,
      text: describeCorrection(row),
      order: row.position,
    })),
    ...retractions.map((row) => ({
      kind: 'retraction' as const,
      on: row.retractedOn,
      publicId: row.publicId,
      metricName: row.metricName,
      valueText: row.valueText,
      field: null,
      was: null,
      reason: row.reason,
      text: `${describeRetraction(row)} It said: “${row.quote}”`,
      order: 0,
    })),
  ]);
}
