import path from 'node:path';
import { readDatabaseEnv } from '@/lib/env';
import { describeErrorChain } from '@/lib/health/describe-error-chain';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type Database } from './client';
import { watchDataVersion } from './data-version-watch';
import { loadSeedDirectory } from './load-seed';

/** The seed files the app loads: SEED_DIR, by default seeds/ in the project. */
export function seedDirectory(): string {
  // Seeds are read at run time from the checkout, never bundled: keep the tracer from pulling in the whole tree.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), readDatabaseEnv().SEED_DIR);
}

// Route bundles and dev-server reloads can evaluate this module more than once; the database must stay one.
const holder = globalThis as typeof globalThis & { __contestedFiguresDatabase?: Promise<Database> };

// `next build` renders each page once; it does so from a private in-memory copy of the seeds and never touches
// the configured database. The server never serves those renders (db/page-cache-handler.cjs starts empty).
const building = () => process.env.NEXT_PHASE === 'phase-production-build';

/** A page's query that has not finished in this long fails, and the page says the database is unavailable. */
export const pageStatementTimeoutMs = 2_000;

async function migrateAndSeed(database: Database): Promise<void> {
  await database.migrate();
  await loadSeedDirectory(database.db, seedDirectory());
}

/**
 * PostgreSQL: migrations and seeds go through a connection of their own, closed before the app's read-only pool
 * opens. PGlite is one in-process session, so it is made read-only once it is seeded.
 */
async function openReadOnly(): Promise<Database> {
  const { DATABASE_URL, PGLITE_DATA_DIR } = readDatabaseEnv();
  if (DATABASE_URL && !building()) {
    const loader = await openPostgres(DATABASE_URL);
    try {
      await migrateAndSeed(loader);
    } finally {
      await loader.close();
    }
    return openPostgres(DATABASE_URL, { readOnly: true, statementTimeoutMs: pageStatementTimeoutMs });
  }
  const database = await openPglite(building() ? undefined : PGLITE_DATA_DIR);
  try {
    await migrateAndSeed(database);
    await database.db.execute(sql`set default_transaction_read_only = on`);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function openAndPrepare(): Promise<Database> {
  const database = await openReadOnly();
  try {
    await watchDataVersion(database);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The app's database: opened, migrated and seeded from seeds/ once per process. */
export function getDatabase(): Promise<Database> {
  if (!holder.__contestedFiguresDatabase) {
    const opening = openAndPrepare();
    holder.__contestedFiguresDatabase = opening;
    // A failed start (server down, bad seed) is retried on the next request instead of being cached.
    opening.catch((error: unknown) => {
      if (holder.__contestedFiguresDatabase === opening) holder.__contestedFiguresDatabase = undefined;
      console.error(`The database could not be opened:\n${describeErrorChain(error)}`);
    });
  }
  return holder.__contestedFiguresDatabase;
}

/** Makes an already-open database the app's database (tests use a fresh one per file). */
export function useDatabase(database: Database): void {
  holder.__contestedFiguresDatabase = Promise.resolve(database);
}
