import { openPostgres } from '@/db/client';
import { loadSeedDirectory } from '@/db/load-seed';
import { fillWithCopies } from './test/support/fill-figures';
const database = await openPostgres(process.env.DATABASE_URL!);
await database.migrate();
console.log(await loadSeedDirectory(database.db, 'seeds').then((s) => s.figures));
await fillWithCopies(database.db, 1_000_000);
await database.close();
console.log('done');
