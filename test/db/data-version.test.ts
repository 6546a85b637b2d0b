import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { currentDataVersion, watchDataVersion } from '@/db/data-version-watch';
import { loadSeedDirectory, writeSeed } from '@/db/load-seed';
import { getDataVersion } from '@/db/queries/data-version';
import { dataVersions } from '@/db/schema';
import { checkSeed } from '@/lib/seed/check-seed';
import type { PreparedSeed } from '@/lib/seed/prepared-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { copyFixtureSeeds, editSeedFile } from '../support/seed-copy';
import { fixtureSeedDir, openTestDatabase } from '../support/test-database';

let database: Database;
let stopWatching: () => Promise<void>;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await stopWatching?.();
  await database.close();
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function countFigures(): Promise<number> {
  const result = await database.db.execute<{ count: number }>(
    sql`select count(*)::int as count from figures`,
  );
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: { count: number }[] }).rows;
  return rows[0]!.count;
}

describe('data versions', () => {
  it('start at 0 and become 1 with the first load', async () => {
    expect(await getDataVersion(database.db)).toBe(0);
    const summary = await loadSeedDirectory(database.db, fixtureSeedDir);
    expect(summary).toMatchObject({ changed: true, dataVersion: 1, figuresAdded: 3, figuresRemoved: 0 });
    expect(await getDataVersion(database.db)).toBe(1);
  });

  it('stay the same when the same seed is loaded again, which writes nothing', async () => {
    const summary = await loadSeedDirectory(database.db, fixtureSeedDir);
    expect(summary).toMatchObject({ changed: false, dataVersion: 1 });
    expect(await database.db.$count(dataVersions)).toBe(1);
  });

  it('reach a running server through the notification a load sends, and say what changed', async () => {
    stopWatching = await watchDataVersion(database);
    expect(currentDataVersion()).toBe(1);
    const dir = await copyFixtureSeeds();
    await editSeedFile(dir, 'sources/sample.yaml', 'kind: estimate', 'kind: claim');

    const summary = await loadSeedDirectory(database.db, dir);

    expect(summary).toMatchObject({
      changed: true,
      dataVersion: 2,
      added: [],
      changedFigures: ['us-aid-sent-kiel'],
      removed: [],
    });
    await waitFor(() => currentDataVersion() === 2);
    expect(currentDataVersion()).toBe(2);
    const [latest] = await database.db
      .select()
      .from(dataVersions)
      .where(sql`${dataVersions.id} = 2`);
    expect(latest?.summary).toBe('0 figures added, 1 changed, 0 removed');
  });
});

describe('a load of more figures than Postgres has bind parameters (65,535)', () => {
  it('writes them all, then removes them all again', { timeout: 300_000 }, async () => {
    const fixture = checkSeed(await readSeedDirectory(fixtureSeedDir));
    const template = fixture.figures[0]!;
    const many: PreparedSeed = {
      ...fixture,
      figures: [
        ...fixture.figures,
        ...Array.from({ length: 70_000 }, (_, index) => ({ ...template, publicId: `bulk-copy-${index}` })),
      ],
    };
    const progress: number[] = [];

    const loaded = await writeSeed(database.db, many, (written) => progress.push(written));

    expect(loaded).toMatchObject({ changed: true, figuresAdded: 70_000 });
    expect(await countFigures()).toBe(70_003);
    expect(progress.at(-1)).toBe(70_003);
    // A report after each batch, counting up.
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const unloaded = await writeSeed(database.db, fixture);
    expect(unloaded).toMatchObject({ changed: true, figuresRemoved: 70_000, changedFigures: [] });
    expect(unloaded.removed).toContain('bulk-copy-69999');
    expect(await countFigures()).toBe(3);
  });
});
