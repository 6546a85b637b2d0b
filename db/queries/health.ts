import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { countEverything } from './catalogue';

export async function checkHealth(db: Db) {
  await db.execute(sql`select 1`);
  return countEverything(db);
}
