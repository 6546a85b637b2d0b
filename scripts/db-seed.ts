import { openDatabase } from '@/db/client';
import { seedDirectory } from '@/db/app-database';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import { checkSeed } from '@/lib/seed/check-seed';
import type { PreparedSeed } from '@/lib/seed/prepared-seed';
import { loadSeedDirectory, type LoadProgress } from '@/db/load-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { SeedError } from '@/lib/seed/seed-error';

/** Prints how every number mention of each article is accounted for; false when any is not. */
function reportCoverage(seed: PreparedSeed): boolean {
  let complete = true;
  for (const source of seed.sources) {
    const coverage = computeCoverage(
      source.text,
      seed.figures.filter((figure) => figure.sourceSlug === source.slug),
      seed.exclusions.filter((exclusion) => exclusion.sourceSlug === source.slug),
    );
    console.log(
      `${source.documentFile}: ${coverage.mentions.length} number mentions: ${coverage.covered} covered by figures, ${coverage.excluded} excluded with a reason, ${coverage.unaccounted} unaccounted`,
    );
    for (const entry of coverage.mentions) {
      if (entry.status !== 'unaccounted') continue;
      complete = false;
      console.log(`  unaccounted at ${entry.mention.start}: ${JSON.stringify(entry.mention.text)}`);
    }
  }
  return complete;
}

const count = new Intl.NumberFormat('en-GB');

/** Progress of a long load on standard error, at most once a second, so a terminal shows it is not stuck. */
function progressPrinter(): LoadProgress {
  let lastPrinted = 0;
  return (written, total) => {
    const now = Date.now();
    if (now - lastPrinted < 1000 && written < total) return;
    lastPrinted = now;
    console.error(`  figures written: ${count.format(written)} of ${count.format(total)}`);
  };
}

// `npm run db:seed -- --check` validates the seed files and reports number coverage, touching no database.
async function main() {
  if (process.argv.includes('--check')) {
    const seed = checkSeed(await readSeedDirectory(seedDirectory()));
    console.log(`Seed files are valid: ${seed.sources.length} sources, ${seed.figures.length} figures.`);
    if (!reportCoverage(seed)) process.exitCode = 1;
    return;
  }
  const database = await openDatabase();
  try {
    await database.migrate();
    const summary = await loadSeedDirectory(database.db, seedDirectory(), progressPrinter());
    console.log(
      summary.changed
        ? `Seed loaded (${database.driver}) as data version ${summary.dataVersion}: ${count.format(summary.figures)} figures (${summary.figuresAdded} added, ${summary.figuresRemoved} removed), ${summary.sources} sources, ${summary.metrics} metrics, ${summary.claimants} claimants, ${summary.crossChecks} cross-checks.`
        : `The seed is the one already loaded (data version ${summary.dataVersion}): nothing was changed.`,
    );
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
