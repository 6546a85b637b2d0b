import { getDatabase } from './app-database';
import type { Db } from './client';

/**
 * The database for a page or route handler. Pages read it once per data version: their renders are cached
 * until a load changes the data (db/page-cache-handler.cjs).
 */
export async function requestDb(): Promise<Db> {
  return (await getDatabase()).db;
}
