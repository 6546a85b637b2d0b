import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openPglite, openPostgres, type Database, type Db } from '@/db/client';
import { loadSeedDirectory } from '@/db/load-seed';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or, when DATABASE_URL is set,
 * a throwaway database created on that server (dropped on close) so tests never touch real data.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite();
    await database.migrate();
    return database;
  }
  const throwaway = await createThrowawayDatabase(serverUrl);
  const database = await openPostgres(throwaway.url);
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await throwaway.drop();
    },
  };
}

/** An empty database of its own on the PostgreSQL server at `serverUrl`, and how to drop it. */
export async function createThrowawayDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cf_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

const tables = [
  'topics',
  'claimants',
  'metrics',
  'sources',
  'figures',
  'excluded_mentions',
  'cross_checks',
  'cross_check_inputs',
  'figure_tallies',
  'metric_relations',
  'source_versions',
];

/** Every row of every table, in a stable order: two equal snapshots mean an unchanged database. */
export async function snapshotDatabase(db: Db): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    const result = await db.execute(sql.raw(`select * from "${table}" order by 1, 2`));
    snapshot[table] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).map((row) => ({
      ...(row as object),
    }));
  }
  return snapshot;
}

export const fixtureSeedDir = 'test/fixtures/seed-minimal';

/** A fresh test database with the fixture seed loaded. */
export async function openFixtureDatabase(): Promise<Database> {
  const database = await openTestDatabase();
  await loadSeedDirectory(database.db, fixtureSeedDir);
  return database;
}
