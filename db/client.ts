import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { readDatabaseEnv, type DatabaseEnv } from '@/lib/env';
import { copyOutValues } from './copy-out';
import { acquireDataDirectoryLock } from './pglite-lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  driver: Driver;
  migrate(): Promise<void>;
  /**
   * Calls `onNotify` with the payload of each NOTIFY on `channel`, and `onListening` each time listening (re)starts,
   * since notifications sent while a connection was down are lost. Resolves to a function that stops listening.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onListening?: () => void,
  ): Promise<() => Promise<void>>;
  /** PostgreSQL only: a one-column query's values, streamed by COPY (see db/copy-out.ts). */
  copyOutValues?(query: string, whenBusy: () => AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');
const drizzleConfig = { schema, casing: 'snake_case' } as const;

export async function openPglite(dataDir?: string): Promise<Database> {
  const release = dataDir ? acquireDataDirectoryLock(dataDir) : () => {};
  try {
    const client = await PGlite.create(dataDir ? { dataDir } : {});
    const db = drizzlePglite({ client, ...drizzleConfig });
    return {
      db,
      driver: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      listen: async (channel, onNotify, onListening) => {
        const unlisten = await client.listen(channel, onNotify);
        onListening?.();
        return unlisten;
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export async function openPostgres(url: string): Promise<Database> {
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, ...drizzleConfig });
  return {
    db,
    driver: 'postgres',
    migrate: () => migratePostgres(db, { migrationsFolder }),
    listen: async (channel, onNotify, onListening) => {
      const { unlisten } = await client.listen(channel, onNotify, onListening);
      return unlisten;
    },
    copyOutValues: (query, whenBusy) => copyOutValues({ url, pool: client }, query, whenBusy),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Opens the database the environment names: a PostgreSQL server when DATABASE_URL is set, else PGlite. */
export function openDatabase(env: DatabaseEnv = readDatabaseEnv()): Promise<Database> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DATA_DIR);
}
