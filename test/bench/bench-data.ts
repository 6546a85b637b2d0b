import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { like, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openPglite, openPostgres, type Database, type Db, type Driver } from '@/db/client';
import { loadSeedDirectory } from '@/db/load-seed';
import { countFigureRecords } from '@/db/queries/figure-records';
import { figures as figureTable } from '@/db/schema';
import { readDatabaseEnv } from '@/lib/env';
import { figureFilters } from '@/lib/figures/figure-filters';
import { fillWithCopies } from '../support/fill-figures';
import { onCleanup } from './cleanup';

/** The data of one bench pass: what the server is started with, and how the bench opens the same data. */
export interface BenchData {
  driver: Driver;
  label: string;
  /** DATABASE_URL or PGLITE_DATA_DIR for the server; empty for PGlite in memory, seeded by the server itself. */
  serverEnv: Record<string, string>;
  /** Opens the same data; on PGlite only while the server is not running (one owner per data directory). */
  open: () => Promise<Database>;
}

const seedDir = () => readDatabaseEnv().SEED_DIR;

async function migrateAndSeed(database: Database): Promise<Database> {
  await database.migrate();
  await loadSeedDirectory(database.db, seedDir());
  return database;
}

/**
 * Copies the seeded figures until about `target` are loaded, unless the database already holds exactly that
 * many copies (a rerun on the same PostgreSQL database keeps them). fillWithCopies records a data version that
 * keeps the seed's hash, so the server's seed at start sees an unchanged seed and keeps the copies.
 */
async function fillTo(db: Db, target: number): Promise<void> {
  const total = await countFigureRecords(db, figureFilters());
  const copies = await db.$count(figureTable, like(figureTable.publicId, '%-copy-%'));
  const originals = total - copies;
  const wanted = target <= originals ? originals : originals * Math.ceil(target / originals);
  if (total === wanted) return;
  const start = performance.now();
  if (copies > 0) await db.execute(sql`delete from figures where public_id like '%-copy-%'`);
  if (wanted > originals) await fillWithCopies(db, target);
  console.error(`filled to ${wanted} figures in ${((performance.now() - start) / 1000).toFixed(0)} s`);
}

/** Migrates, seeds and fills the database to `figures`, then closes it for the server to open. */
async function seedAndFill(database: Database, figures: number): Promise<void> {
  try {
    await fillTo((await migrateAndSeed(database)).db, figures);
  } finally {
    await database.close();
  }
}

/** PGlite in memory, as `npm start` runs by default: the server seeds its own copy, the bench opens another. */
export function seededPglite(): BenchData {
  return {
    driver: 'pglite',
    label: 'PGlite in memory, seeded',
    serverEnv: {},
    open: async () => migrateAndSeed(await openPglite()),
  };
}

/** A PGlite data directory the bench seeds and fills before the server owns it; removed at the end. */
export async function filledPglite(figures: number): Promise<BenchData> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cf-bench-pglite-'));
  onCleanup(`PGlite data directory ${dataDir}`, () => fs.rm(dataDir, { recursive: true, force: true }));
  await seedAndFill(await openPglite(dataDir), figures);
  return {
    driver: 'pglite',
    label: `PGlite data directory, ${figures.toLocaleString('en')} figures`,
    serverEnv: { PGLITE_DATA_DIR: dataDir },
    open: () => openPglite(dataDir),
  };
}

/** Creates the database the URL names when it does not exist yet; refuses the server's shared databases. */
async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name || ['postgres', 'template0', 'template1'].includes(name)) {
    throw new Error(
      `DATABASE_URL names "${name}": the bench fills its database with copies; name one of its own, e.g. cf_bench`,
    );
  }
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    const existing = await admin`select 1 from pg_database where datname = ${name}`;
    if (existing.length === 0) await admin.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

/** The PostgreSQL database in DATABASE_URL, migrated, seeded and filled to `figures`; kept for the next run. */
export async function filledPostgres(url: string, figures: number): Promise<BenchData> {
  await ensureDatabase(url);
  await seedAndFill(await openPostgres(url), figures);
  return {
    driver: 'postgres',
    label: `PostgreSQL, ${figures.toLocaleString('en')} figures`,
    serverEnv: { DATABASE_URL: url },
    open: () => openPostgres(url),
  };
}
