import { openDatabase } from '@/db/client';
import { seedDirectory } from '@/db/app-database';
import { checkSeed } from '@/lib/seed/check-seed';
import { loadSeedDirectory } from '@/lib/seed/load-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { SeedError } from '@/lib/seed/seed-error';

// `npm run db:seed -- --check` validates the seed files without touching any database.
async function main() {
  if (process.argv.includes('--check')) {
    const seed = checkSeed(await readSeedDirectory(seedDirectory()));
    console.log(`Seed files are valid: ${seed.sources.length} sources, ${seed.figures.length} figures.`);
    return;
  }
  const database = await openDatabase();
  try {
    await database.migrate();
    const summary = await loadSeedDirectory(database.db, seedDirectory());
    console.log(`Seed loaded (${database.driver}): ${JSON.stringify(summary)}`);
    if (database.driver === 'pglite' && !process.env.PGLITE_DATA_DIR) {
      console.log('Note: PGlite is in memory unless PGLITE_DATA_DIR is set; the app seeds itself at start.');
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError || error instanceof Error ? error.message : error);
  process.exit(1);
});
