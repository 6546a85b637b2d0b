import { createHash } from 'node:crypto';
import { and, desc, eq, getTableColumns, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import {
  claimants,
  dataVersions,
  crossCheckInputs,
  crossChecks,
  excludedMentions,
  figureCorrections,
  figures,
  metricRelations,
  metrics,
  releases,
  retractedFigures,
  sources,
  sourceVersions,
  topics,
} from '@/db/schema';
import type { PreparedSeed } from '@/lib/seed/prepared-seed';
import { checkSeed } from '@/lib/seed/check-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { rebuildSpreadExtremes, rebuildSpreadExtremesIfEmpty } from './queries/chart-figures';
import { dataVersionChannel, periodSpanOfFigures } from './queries/data-version';

// 2,000 rows of 23 columns stay under the 65,535 bind parameters Postgres allows in one statement.
const batchSize = 2000;

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** `set` clause for an upsert: every column but the key takes the incoming row's value. */
function updateFromExcluded(table: PgTable, keep: string[]): Record<string, SQL> {
  return Object.fromEntries(
    Object.keys(getTableColumns(table))
      .filter((key) => !keep.includes(key))
      .map((key) => [key, sql.raw(`excluded."${snakeCase(key)}"`)]),
  );
}

/** `where` clause for an upsert: the row is rewritten only when some column but the key would change. */
function changedFromExcluded(table: PgTable, name: string, keep: string[]): SQL {
  const columns = Object.keys(getTableColumns(table))
    .filter((key) => !keep.includes(key))
    .map(snakeCase);
  const existing = columns.map((column) => `"${name}"."${column}"`).join(', ');
  const incoming = columns.map((column) => `excluded."${column}"`).join(', ');
  return sql.raw(`(${existing}) is distinct from (${incoming})`);
}

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < rows.length; index += batchSize)
    result.push(rows.slice(index, index + batchSize));
  return result;
}

/**
 * `column` is none of `values`, sent as one JSON parameter: a bind parameter per value would stop at Postgres's
 * limit of 65,535 parameters.
 */
function notAmong(column: AnyColumn, values: (string | number)[]): SQL {
  return sql`${column}::text not in (select value from jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

function idsBySlug(rows: { id: number; slug: string }[]): Map<string, number> {
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function lookup(map: Map<string, number>, key: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`internal: ${key} was not written`);
  return id;
}

export interface LoadSummary {
  topics: number;
  claimants: number;
  metrics: number;
  sources: number;
  figures: number;
  crossChecks: number;
  /** The data version after the load; unchanged when the seed matched the one last loaded. */
  dataVersion: number;
  /** False when the seed was the one already loaded, so nothing was written. */
  changed: boolean;
  figuresAdded: number;
  figuresRemoved: number;
  /** Public ids of the figures this load added, changed (any field) and removed. */
  added: string[];
  changedFigures: string[];
  removed: string[];
  /** Public ids of the figures given a correction, and of those retracted, since the last load. */
  corrected: string[];
  retracted: string[];
}

/**
 * Autovacuum never analyzes a table of fewer than 50 rows, so without this the planner guesses hundreds of topics,
 * metrics, claimants and sources, and picks plans (a sort of a million export lines) fit for that many.
 */
async function analyzeSmallTables(db: Db): Promise<void> {
  await db.execute(sql`analyze ${topics}, ${metrics}, ${claimants}, ${sources}, ${releases}`);
}

/** Reports how far a long load has got: figures written so far out of the total. */
export type LoadProgress = (written: number, total: number) => void;

/** sha256 of everything a seed writes: equal hashes mean a load would change nothing. */
export function hashSeed(seed: PreparedSeed): string {
  return createHash('sha256').update(JSON.stringify(seed)).digest('hex');
}

/**
 * Writes a checked seed in one transaction: rows are upserted by slug or public id, rows no longer seeded are
 * removed, and a new data version is recorded and announced. A seed identical to the last one loaded writes nothing.
 */
export async function writeSeed(db: Db, seed: PreparedSeed, onProgress?: LoadProgress): Promise<LoadSummary> {
  const seedSha256 = hashSeed(seed);
  const counts = {
    topics: seed.topics.length,
    claimants: seed.claimants.length,
    metrics: seed.metrics.length,
    sources: seed.sources.length,
    figures: seed.figures.length,
    crossChecks: seed.crossChecks.length,
  };
  return db.transaction(async (tx) => {
    // Two processes seeding one server at once would interleave upserts and deletes.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('contested-figures-seed'))`);
    const [latest] = await tx.select().from(dataVersions).orderBy(desc(dataVersions.id)).limit(1);
    if (latest?.seedSha256 === seedSha256) {
      // A database loaded before spread_extremes existed (migration 0007) gets it filled once.
      await rebuildSpreadExtremesIfEmpty(tx);
      await analyzeSmallTables(tx);
      return {
        ...counts,
        dataVersion: latest.id,
        changed: false,
        figuresAdded: 0,
        figuresRemoved: 0,
        added: [],
        changedFigures: [],
        removed: [],
        corrected: [],
        retracted: [],
      };
    }

    const topicIds = idsBySlug(
      seed.topics.length === 0
        ? []
        : await tx
            .insert(topics)
            .values(seed.topics)
            .onConflictDoUpdate({ target: topics.slug, set: updateFromExcluded(topics, ['id', 'slug']) })
            .returning({ id: topics.id, slug: topics.slug }),
    );
    const claimantIds = idsBySlug(
      seed.claimants.length === 0
        ? []
        : await tx
            .insert(claimants)
            .values(seed.claimants)
            .onConflictDoUpdate({
              target: claimants.slug,
              set: updateFromExcluded(claimants, ['id', 'slug']),
            })
            .returning({ id: claimants.id, slug: claimants.slug }),
    );
    const metricIds = idsBySlug(
      seed.metrics.length === 0
        ? []
        : await tx
            .insert(metrics)
            .values(
              seed.metrics.map(({ topicSlug, ...metric }) => ({
                ...metric,
                topicId: lookup(topicIds, topicSlug),
              })),
            )
            .onConflictDoUpdate({ target: metrics.slug, set: updateFromExcluded(metrics, ['id', 'slug']) })
            .returning({ id: metrics.id, slug: metrics.slug }),
    );
    // A pair has no key of its own to upsert by, and a seed holds a few dozen: the rows are rewritten whole.
    await tx.delete(metricRelations);
    if (seed.metricRelations.length > 0) {
      await tx.insert(metricRelations).values(
        seed.metricRelations.map((row) => ({
          metricId: lookup(metricIds, row.metricSlug),
          relatedMetricId: lookup(metricIds, row.relatedMetricSlug),
          relation: row.relation,
        })),
      );
    }
    const sourceIds = new Map<string, number>();
    for (const source of seed.sources) {
      const row = {
        slug: source.slug,
        documentFile: source.documentFile,
        kind: source.kind,
        ...source.fields,
        text: source.text,
        sha256: source.sha256,
      };
      const [written] = await tx
        .insert(sources)
        .values(row)
        .onConflictDoUpdate({ target: sources.slug, set: updateFromExcluded(sources, ['id', 'slug']) })
        .returning({ id: sources.id, slug: sources.slug });
      if (written) sourceIds.set(written.slug, written.id);
    }
    // Few articles are ever corrected by their outlet: their earlier versions are rewritten whole.
    await tx.delete(sourceVersions);
    const versions = seed.sources.flatMap((source) =>
      source.earlierVersions.map((version) => ({ ...version, sourceId: lookup(sourceIds, source.slug) })),
    );
    if (versions.length > 0) await tx.insert(sourceVersions).values(versions);

    const added: string[] = [];
    const changedFigures: string[] = [];
    let written = 0;
    for (const batch of chunks(seed.figures)) {
      const rows = await tx
        .insert(figures)
        .values(
          batch.map(({ sourceSlug, metricSlug, claimantSlug, ...figure }) => ({
            ...figure,
            sourceId: lookup(sourceIds, sourceSlug),
            metricId: lookup(metricIds, metricSlug),
            claimantId: lookup(claimantIds, claimantSlug),
          })),
        )
        .onConflictDoUpdate({
          target: figures.publicId,
          set: updateFromExcluded(figures, ['id', 'publicId']),
          // An unchanged figure is not rewritten, so what comes back is exactly what was added or changed.
          setWhere: changedFromExcluded(figures, 'figures', ['id', 'publicId']),
        })
        // xmax is 0 on a row this statement inserted, and set on one it updated.
        .returning({ publicId: figures.publicId, inserted: sql<boolean>`xmax = 0` });
      for (const row of rows) (row.inserted ? added : changedFigures).push(row.publicId);
      written += batch.length;
      onProgress?.(written, seed.figures.length);
    }
    const inputIds = [
      ...new Set(seed.crossChecks.flatMap((check) => check.inputs.map((i) => i.figurePublicId))),
    ];
    const figureIds = idsBySlug(
      inputIds.length === 0
        ? []
        : await tx
            .select({ id: figures.id, slug: figures.publicId })
            .from(figures)
            .where(
              sql`${figures.publicId} in (select value from jsonb_array_elements_text(${JSON.stringify(inputIds)}::jsonb))`,
            ),
    );
    const figuresAdded = added.length;

    // A seed holds a few corrections and retractions: they are rewritten whole, after noting which are new.
    const knownCorrections = new Set(
      (
        await tx
          .select({ publicId: figures.publicId, position: figureCorrections.position })
          .from(figureCorrections)
          .innerJoin(figures, eq(figureCorrections.figureId, figures.id))
      ).map((row) => `${row.publicId}#${row.position}`),
    );
    const knownRetractions = new Set(
      (await tx.select({ publicId: retractedFigures.publicId }).from(retractedFigures)).map(
        (row) => row.publicId,
      ),
    );
    const corrected = [
      ...new Set(
        seed.corrections
          .filter((c) => !knownCorrections.has(`${c.figurePublicId}#${c.position}`))
          .map((c) => c.figurePublicId),
      ),
    ];
    const retracted = seed.retractions.map((r) => r.publicId).filter((id) => !knownRetractions.has(id));
    await tx.delete(figureCorrections);
    const correctedIds = idsBySlug(
      seed.corrections.length === 0
        ? []
        : await tx
            .select({ id: figures.id, slug: figures.publicId })
            .from(figures)
            .where(
              sql`${figures.publicId} in (select value from jsonb_array_elements_text(${JSON.stringify([...new Set(seed.corrections.map((c) => c.figurePublicId))])}::jsonb))`,
            ),
    );
    if (seed.corrections.length > 0) {
      await tx.insert(figureCorrections).values(
        seed.corrections.map(({ figurePublicId, ...correction }) => ({
          ...correction,
          figureId: lookup(correctedIds, figurePublicId),
        })),
      );
    }
    await tx.delete(releases);
    await tx.insert(releases).values(seed.releases);
    await tx.delete(retractedFigures);
    if (seed.retractions.length > 0) {
      await tx.insert(retractedFigures).values(
        seed.retractions.map(({ sourceSlug, ...retraction }) => ({
          ...retraction,
          sourceId: lookup(sourceIds, sourceSlug),
        })),
      );
    }

    await tx.delete(crossChecks).where(
      notAmong(
        crossChecks.slug,
        seed.crossChecks.map((c) => c.slug),
      ),
    );
    for (const { inputs, ...check } of seed.crossChecks) {
      const [written] = await tx
        .insert(crossChecks)
        .values(check)
        .onConflictDoUpdate({
          target: crossChecks.slug,
          set: updateFromExcluded(crossChecks, ['id', 'slug']),
        })
        .returning({ id: crossChecks.id });
      if (!written) continue;
      await tx.delete(crossCheckInputs).where(eq(crossCheckInputs.crossCheckId, written.id));
      await tx.insert(crossCheckInputs).values(
        inputs.map((input) => ({
          crossCheckId: written.id,
          name: input.name,
          figureId: lookup(figureIds, input.figurePublicId),
        })),
      );
    }

    for (const [sourceSlug, sourceId] of sourceIds) {
      const mentions = seed.exclusions.filter((mention) => mention.sourceSlug === sourceSlug);
      await tx.delete(excludedMentions).where(
        and(
          eq(excludedMentions.sourceId, sourceId),
          notAmong(
            excludedMentions.start,
            mentions.map((mention) => mention.start),
          ),
        ),
      );
      for (const batch of chunks(mentions)) {
        await tx
          .insert(excludedMentions)
          .values(
            batch.map((mention) => ({
              start: mention.start,
              end: mention.end,
              text: mention.text,
              reason: mention.reason,
              note: mention.note,
              sourceId,
            })),
          )
          .onConflictDoUpdate({
            target: [excludedMentions.sourceId, excludedMentions.start],
            set: updateFromExcluded(excludedMentions, ['id', 'sourceId', 'start']),
          });
      }
    }

    const removed = await tx
      .delete(figures)
      .where(
        notAmong(
          figures.publicId,
          seed.figures.map((f) => f.publicId),
        ),
      )
      .returning({ publicId: figures.publicId });
    // Parents after their children: a source, metric, claimant or topic goes once nothing refers to it.
    const slugged = [
      [sources, seed.sources],
      [metrics, seed.metrics],
      [claimants, seed.claimants],
      [topics, seed.topics],
    ] as const;
    for (const [table, kept] of slugged) {
      await tx.delete(table).where(
        notAmong(
          table.slug,
          kept.map((row) => row.slug),
        ),
      );
    }

    const figuresRemoved = removed.length;
    await rebuildSpreadExtremes(tx);
    await analyzeSmallTables(tx);
    const retractedIds = new Set(seed.retractions.map((r) => r.publicId));
    const removedIds = removed.map((row) => row.publicId).filter((id) => !retractedIds.has(id));
    const [version] = await tx
      .insert(dataVersions)
      .values({
        seedSha256,
        figureCount: seed.figures.length,
        summary: describeLoad(figuresAdded, changedFigures.length, figuresRemoved),
        ...periodSpanOfFigures,
      })
      .returning({ id: dataVersions.id });
    if (!version) throw new Error('internal: the data version was not written');
    // Delivered at commit: running servers drop what they cached for the previous version.
    await tx.execute(sql`select pg_notify(${dataVersionChannel}, ${String(version.id)})`);
    return {
      ...counts,
      dataVersion: version.id,
      changed: true,
      figuresAdded,
      figuresRemoved,
      added,
      changedFigures,
      removed: removedIds,
      corrected,
      retracted,
    };
  });
}

function describeLoad(added: number, changed: number, removed: number): string {
  return `${added} figures added, ${changed} changed, ${removed} removed`;
}

/** Reads, checks and loads the seed directory. Any problem throws SeedError before the database is touched. */
export async function loadSeedDirectory(
  db: Db,
  dir: string,
  onProgress?: LoadProgress,
): Promise<LoadSummary> {
  const seed = checkSeed(await readSeedDirectory(dir));
  return writeSeed(db, seed, onProgress);
}
