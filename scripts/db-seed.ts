import { openDatabase } from '@/db/client';
import { describeErrorChain } from '@/lib/health/describe-error-chain';
import { seedDirectory } from '@/db/app-database';
import { awaitingFigure, computeCoverage } from '@/lib/coverage/compute-coverage';
import { mentionKindLabel } from '@/lib/format/labels';
import { checkSeed } from '@/lib/seed/check-seed';
import type { PreparedSeed } from '@/lib/seed/prepared-seed';
import { loadSeedDirectory, type LoadProgress } from '@/db/load-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { formatSeedProblem, SeedError } from '@/lib/seed/seed-error';
import type { SeedFiles } from '@/lib/seed/read-seed-directory';
import { listSeedWarnings } from '@/lib/seed/seed-warnings';

function awaitingNote(count: number): string {
  if (count === 0) return '';
  return ` (${count} of them ${count === 1 ? 'a claim' : 'claims'} awaiting a figure)`;
}

/**
 * Prints how every quantity mention of each article is accounted for, by kind of expression, naming each one
 * unaccounted for or awaiting a figure (and, with --mentions, every mention); false when any is unaccounted for.
 */
function reportCoverage(seed: PreparedSeed, everyMention: boolean): boolean {
  let complete = true;
  for (const source of seed.sources) {
    const coverage = computeCoverage(
      source.text,
      seed.figures.filter((figure) => figure.sourceSlug === source.slug && figure.quoteDocument === null),
      seed.exclusions.filter((exclusion) => exclusion.sourceSlug === source.slug),
    );
    console.log(
      `${source.documentFile}: ${coverage.mentions.length} quantity mentions: ${coverage.covered} covered by figures, ${coverage.excluded} excluded with a reason${awaitingNote(coverage.awaitingFigure)}, ${coverage.unaccounted} unaccounted`,
    );
    for (const tally of coverage.byKind) {
      console.log(
        `  ${mentionKindLabel[tally.kind]}: ${tally.mentions} (${tally.covered} covered, ${tally.excluded} excluded, ${tally.unaccounted} unaccounted)`,
      );
    }
    for (const entry of coverage.mentions) {
      const { start, text, kind } = entry.mention;
      const where = `at ${start} (${mentionKindLabel[kind]}): ${JSON.stringify(text)}`;
      if (entry.status === 'unaccounted') {
        complete = false;
        console.log(`  unaccounted ${where}`);
      } else if (entry.status === 'excluded' && entry.reason === awaitingFigure) {
        console.log(`  awaiting a figure ${where}`);
      } else if (everyMention) {
        console.log(
          `  ${entry.status === 'covered' ? `covered by ${entry.figureIds.join(', ')}` : `excluded as ${entry.reason}`} ${where}`,
        );
      }
    }
  }
  return complete;
}

const count = new Intl.NumberFormat('en-GB');

/** Things a valid seed may still get wrong, one line each; they never stop a load. */
function printWarnings(files: SeedFiles): void {
  for (const warning of listSeedWarnings(files)) console.log(`warning: ${formatSeedProblem(warning)}`);
}

/** Drafts are checked for shape only and never loaded: each is listed until an editor accepts or rejects it. */
function printDrafts(seed: PreparedSeed): void {
  if (seed.drafts.length === 0) return;
  console.log(`Drafts awaiting review, never published (${seed.drafts.length}):`);
  for (const draft of seed.drafts) {
    console.log(
      `  ${draft.file} › ${draft.kind === 'figure' ? `figure ${draft.id}` : `excluded mention at ${draft.id}`}: ${draft.text}`,
    );
  }
}

// A bulk load can add a million figures: name the first few and count the rest.
const namedAtMost = 20;

function printFigureList(label: string, ids: string[]): void {
  if (ids.length === 0) return;
  const named = ids.slice(0, namedAtMost).join(', ');
  const more = ids.length > namedAtMost ? ` and ${count.format(ids.length - namedAtMost)} more` : '';
  console.log(`  ${label} (${count.format(ids.length)}): ${named}${more}`);
}

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

// `npm run db:seed -- --check` validates the seed files and reports quantity coverage, touching no database;
// `--check --mentions` also lists every mention and what became of it.
async function main() {
  if (process.argv.includes('--check')) {
    const files = await readSeedDirectory(seedDirectory());
    const seed = checkSeed(files);
    console.log(`Seed files are valid: ${seed.sources.length} sources, ${seed.figures.length} figures.`);
    printWarnings(files);
    printDrafts(seed);
    if (!reportCoverage(seed, process.argv.includes('--mentions'))) process.exitCode = 1;
    return;
  }
  const database = await openDatabase();
  try {
    await database.migrate();
    printWarnings(await readSeedDirectory(seedDirectory()));
    const summary = await loadSeedDirectory(database.db, seedDirectory(), progressPrinter());
    console.log(
      summary.changed
        ? `Seed loaded (${database.driver}) as data version ${summary.dataVersion}: ${count.format(summary.figures)} figures (${summary.figuresAdded} added, ${summary.changedFigures.length} changed, ${summary.figuresRemoved} removed), ${summary.sources} sources, ${summary.metrics} metrics, ${summary.claimants} claimants, ${summary.crossChecks} cross-checks.`
        : `The seed is the one already loaded (data version ${summary.dataVersion}): nothing was changed.`,
    );
    printFigureList('added', summary.added);
    printFigureList('changed', summary.changedFigures);
    printFigureList('removed', summary.removed);
    printFigureList('corrected', summary.corrected);
    printFigureList('retracted', summary.retracted);
    if (database.driver === 'pglite' && !process.env.PGLITE_DATA_DIR) {
      console.log('Note: PGlite is in memory unless PGLITE_DATA_DIR is set; the app seeds itself at start.');
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError ? error.message : describeErrorChain(error));
  process.exit(1);
});
