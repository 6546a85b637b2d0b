import { connection } from 'next/server';
import { getDatabase } from './app-database';
import type { Db } from './client';

/**
 * The database for a page or route handler. Awaiting connection() makes the caller render per request:
 * pages are never prerendered at build time, so a build never opens (or seeds) a database.
 */
export async function requestDb(): Promise<Db> {
  await connection();
  return (await getDatabase()).db;
}
