import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { readDatabaseEnv, type DatabaseEnv } from '@/lib/env';
import { isDeadConnection } from '@/lib/health/describe-database-failure';
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
  /**
   * Where /api/health asks: on PostgreSQL a connection of its own that gives up after a second, so a busy or
   * hung pool cannot hold the health check; on PGlite the one session.
   */
  healthDb(): Db;
  /** PostgreSQL only: a one-column query's values, streamed by COPY (see db/copy-out.ts). */
  copyOutValues?(query: string, whenBusy: () => AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');
const drizzleConfig = { schema, casing: 'snake_case' } as const;

export async function openPglite(dataDir?: string): Promise<Database> {
  const release = dataDir ? await acquireDataDirectoryLock(dataDir) : () => {};
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
      healthDb: () => db,
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

/** Limits on a connection: the web app's reads only and never waits long (the loader has a connection of its own). */
export interface ConnectionLimits {
  readOnly?: boolean;
  statementTimeoutMs?: number;
}

/**
 * The client Drizzle reads through, with each query on a connection found dead tried once more on a fresh one.
 * Only for a read-only client: a read is safe to repeat.
 */
function retryingDeadConnections(client: postgres.Sql): postgres.Sql {
  const unsafe = (
    query: string,
    parameters?: postgres.ParameterOrJSON<never>[],
    options?: postgres.UnsafeQueryOptions,
  ) => {
    const attempt = (asValues: boolean) => {
      const pending = client.unsafe(query, parameters, options);
      return asValues ? pending.values() : pending;
    };
    const once = (asValues: boolean) =>
      Promise.resolve(attempt(asValues)).catch((error: unknown) =>
        isDeadConnection(error) ? attempt(asValues) : Promise.reject(error),
      );
    // Drizzle either awaits the query or asks for .values(); neither runs until asked.
    return {
      then: (resolve: (rows: unknown) => unknown, reject: (error: unknown) => unknown) =>
        once(false).then(resolve, reject),
      values: () => once(true),
    };
  };
  return new Proxy(client, { get: (target, key) => (key === 'unsafe' ? unsafe : Reflect.get(target, key)) });
}

/** A server that accepts and never answers must not hold a request for long. */
export const connectTimeoutSeconds = 5;

export async function openPostgres(
  url: string,
  { readOnly = false, statementTimeoutMs }: ConnectionLimits = {},
): Promise<Database> {
  const client = postgres(url, {
    max: 10,
    onnotice: () => {},
    connect_timeout: connectTimeoutSeconds,
    idle_timeout: 60,
    connection: {
      ...(readOnly ? { default_transaction_read_only: true } : {}),
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
  });
  const db = drizzlePostgres({
    client: readOnly ? retryingDeadConnections(client) : client,
    ...drizzleConfig,
  });
  let health: { client: postgres.Sql; db: Db } | undefined;
  const healthDb = () => {
    if (!health) {
      const healthClient = postgres(url, {
        max: 1,
        onnotice: () => {},
        connect_timeout: 1,
        idle_timeout: 30,
        connection: { default_transaction_read_only: true, statement_timeout: 1_000 },
      });
      health = { client: healthClient, db: drizzlePostgres({ client: healthClient, ...drizzleConfig }) };
    }
    return health.db;
  };
  return {
    db,
    driver: 'postgres',
    healthDb,
    migrate: () => migratePostgres(db, { migrationsFolder }),
    listen: async (channel, onNotify, onListening) => {
      const { unlisten } = await client.listen(channel, onNotify, onListening);
      return unlisten;
    },
    copyOutValues: (query, whenBusy) => copyOutValues({ url, pool: client }, query, whenBusy),
    close: async () => {
      await health?.client.end({ timeout: 1 });
      await client.end({ timeout: 5 });
    },
  };
}

/** Opens the database the environment names: a PostgreSQL server when DATABASE_URL is set, else PGlite. */
export function openDatabase(env: DatabaseEnv = readDatabaseEnv()): Promise<Database> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DATA_DIR);
}
