import { and, asc, count, eq, gt, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CorrectionLogEntry } from '@/lib/corrections/describe-correction';
import { releaseOfDay, releaseWindows, type ReleaseWindow } from '@/lib/releases/release-of-day';
import type { Db } from '../client';
import { claimants, figures, metrics, releases, retractedFigures } from '../schema';
import { listCorrectionLog } from './corrections';

export interface AddedFigure {
  publicId: string;
  valueText: string;
  metricName: string;
  claimantName: string;
  /** Added in this release and retracted since: its permalink says so. */
  retracted: boolean;
}

export interface ReleaseChanges {
  version: string;
  releasedOn: string;
  summary: string;
  /** Every figure this release added, counted; the first `listed` of them, by metric. */
  addedCount: number;
  added: AddedFigure[];
  /** Its corrections and retractions, newest first. */
  corrections: CorrectionLogEntry[];
}

export interface ChangesLog {
  /** Newest first. */
  releases: ReleaseChanges[];
  /** Figures in the database dated after the newest release: written outside the seed files (a bulk fill). */
  unreleasedFigures: number;
}

/** Every release, oldest first. */
export function listReleases(db: Db) {
  return db
    .select({ version: releases.version, releasedOn: releases.releasedOn, summary: releases.summary })
    .from(releases)
    .orderBy(asc(releases.position));
}

function addedWithin(column: AnyColumn, window: Pick<ReleaseWindow, 'after' | 'through'>): SQL | undefined {
  return and(window.after === null ? undefined : gt(column, window.after), lte(column, window.through));
}

/** The figures a release added, those retracted since among them (a seed holds a few retractions). */
async function listAdded(db: Db, window: ReleaseWindow, listed: number) {
  const [[tally], rows, retracted] = await Promise.all([
    db.select({ n: count() }).from(figures).where(addedWithin(figures.addedOn, window)),
    db
      .select({
        publicId: figures.publicId,
        valueText: figures.valueText,
        metricName: metrics.name,
        claimantName: claimants.name,
        retracted: sql<boolean>`false`,
      })
      .from(figures)
      .innerJoin(metrics, eq(figures.metricId, metrics.id))
      .innerJoin(claimants, eq(figures.claimantId, claimants.id))
      .where(addedWithin(figures.addedOn, window))
      .orderBy(asc(figures.addedOn), asc(figures.id))
      .limit(listed),
    db
      .select({
        publicId: retractedFigures.publicId,
        valueText: retractedFigures.valueText,
        metricName: retractedFigures.metricName,
        claimantName: retractedFigures.claimantName,
        retracted: sql<boolean>`true`,
      })
      .from(retractedFigures)
      .where(addedWithin(retractedFigures.addedOn, window))
      .orderBy(asc(retractedFigures.publicId)),
  ]);
  return {
    addedCount: (tally?.n ?? 0) + retracted.length,
    added: [...rows, ...retracted].slice(0, listed),
  };
}

/**
 * Each release with what it changed: the figures it added (each dated by `added` in the seed), and its corrections
 * and retractions (each by its `on`), newest release first. A release lists at most `listed` added figures and
 * counts them all.
 */
export async function listReleaseChanges(db: Db, listed = 100): Promise<ChangesLog> {
  const ordered = await listReleases(db);
  const windows = releaseWindows(ordered);
  const log = await listCorrectionLog(db);
  const latest = ordered.at(-1);
  const [unreleased] = latest
    ? await db.select({ n: count() }).from(figures).where(gt(figures.addedOn, latest.releasedOn))
    : [{ n: 0 }];
  const changes: ReleaseChanges[] = [];
  for (const [index, release] of ordered.entries()) {
    const window = windows[index] as ReleaseWindow;
    changes.push({
      ...release,
      ...(await listAdded(db, window, listed)),
      corrections: log.filter((entry) => releaseOfDay(windows, entry.on) === release.version),
    });
  }
  return { releases: changes.reverse(), unreleasedFigures: unreleased?.n ?? 0 };
}
