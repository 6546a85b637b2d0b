import fs from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { figures, spreadExtremes } from '@/db/schema';
import { checkSeed } from '@/lib/seed/check-seed';
import { loadSeedDirectory, writeSeed } from '@/db/load-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { SeedError } from '@/lib/seed/seed-error';
import { copyFixtureSeeds, editSeedFile } from '../support/seed-copy';
import { fixtureSeedDir, openTestDatabase, snapshotDatabase } from '../support/test-database';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSeedDirectory(database.db, fixtureSeedDir);
});
afterAll(() => database.close());

describe('loading seed files', () => {
  it('loads every record of the fixture', async () => {
    const snapshot = await snapshotDatabase(database.db);
    expect(snapshot.figures).toHaveLength(3);
    expect(snapshot.sources).toHaveLength(1);
    expect(snapshot.cross_checks).toHaveLength(1);
    expect(snapshot.excluded_mentions).toHaveLength(1);
  });

  it('gives the same database when run twice', async () => {
    const before = await snapshotDatabase(database.db);
    await loadSeedDirectory(database.db, fixtureSeedDir);
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it('keeps the figures spreads are measured from, and fills them once for data loaded before they were kept', async () => {
    const spreadFigureIds = async () =>
      (await database.db.select({ id: spreadExtremes.figureId }).from(spreadExtremes))
        .map((row) => row.id)
        .sort();
    const kept = await spreadFigureIds();
    expect(kept).toHaveLength(3);
    await database.db.delete(spreadExtremes);
    await loadSeedDirectory(database.db, fixtureSeedDir);
    expect(await spreadFigureIds()).toEqual(kept);
  });

  it('updates a changed figure in place, keeping its id, and removes a deleted one', async () => {
    const [before] = await database.db.select().from(figures).where(eq(figures.publicId, 'us-aid-sent-kiel'));
    const dir = await copyFixtureSeeds();
    await editSeedFile(dir, 'sources/sample.yaml', 'kind: estimate', 'kind: claim');
    const yaml = await fs.readFile(`${dir}/sources/sample.yaml`, 'utf8');
    await fs.writeFile(
      `${dir}/sources/sample.yaml`,
      yaml.replace(/  - id: drones-per-day-target-minister[\s\S]*?(?=excluded_mentions:)/, ''),
    );
    await editSeedFile(
      dir,
      'cross-checks.yaml',
      'later: drones-per-day-target-minister',
      'later: drones-per-day-minister',
    );

    await loadSeedDirectory(database.db, dir);

    const [after] = await database.db.select().from(figures).where(eq(figures.publicId, 'us-aid-sent-kiel'));
    expect(after?.id).toBe(before?.id);
    expect(after?.kind).toBe('claim');
    const gone = await database.db
      .select()
      .from(figures)
      .where(eq(figures.publicId, 'drones-per-day-target-minister'));
    expect(gone).toHaveLength(0);
    await loadSeedDirectory(database.db, fixtureSeedDir);
  });

  it.each([
    [
      'a quote at the wrong offset',
      'quote: { start: 16, end: 101',
      'quote: { start: 17, end: 102',
      'quote does not match the archived text at 17–102',
    ],
    [
      'a quote that is not in the text',
      'quote: { text: "“We produce',
      'quote: { text: "“We make',
      'quote does not occur in the archived text',
    ],
    [
      'a value not in its quote',
      'value_text: "1,500"',
      'value_text: "1,600"',
      'value_text "1,600" does not occur in the quote',
    ],
    [
      'an unknown claimant',
      'claimant: kiel-institute',
      'claimant: kiel-institut',
      'claimant "kiel-institut" is not in claimants.yaml',
    ],
  ])(
    'rejects %s, names the file and record, and leaves the database untouched',
    async (_, from, to, message) => {
      const before = await snapshotDatabase(database.db);
      const dir = await copyFixtureSeeds();
      await editSeedFile(dir, 'sources/sample.yaml', from, to);
      const error = await loadSeedDirectory(database.db, dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).message).toContain(`sources/sample.yaml › figure `);
      expect((error as SeedError).message).toContain(message);
      expect(await snapshotDatabase(database.db)).toEqual(before);
    },
  );

  it('rolls back everything when the database itself refuses a row', async () => {
    const before = await snapshotDatabase(database.db);
    const seed = checkSeed(await readSeedDirectory(fixtureSeedDir));
    const renamed = {
      ...seed,
      topics: seed.topics.map((topic) => ({ ...topic, name: `${topic.name} (renamed)` })),
    };
    const lastFigure = renamed.figures.at(-1);
    if (!lastFigure) throw new Error('fixture has no figures');
    // The quote length check lives only in the database, so this fails after topics were already written.
    lastFigure.quoteEnd += 1;
    await expect(writeSeed(database.db, renamed)).rejects.toThrow();
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });
});
