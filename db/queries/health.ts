import type { Db } from '../client';
import { countEverything } from './catalogue';
import { getDataVersion } from './data-version';

/** The database's data version and row counts; throws when it does not answer. */
export async function checkHealth(db: Db) {
  const [dataVersion, counts] = await Promise.all([getDataVersion(db), countEverything(db)]);
  return { dataVersion, counts };
}
