import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { seedDirectory } from '@/db/app-database';
import { checkSeed } from '@/lib/seed/check-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { reviseSource } from '@/lib/seed/revise-source';
import { formatSeedProblem, SeedError } from '@/lib/seed/seed-error';

const usage =
  'usage: npm run article:revise -- SOURCE-SLUG FILE --on YYYY-MM-DD [--note "what the outlet changed"]';

const argsSchema = z.object({
  slug: z.string().min(1),
  file: z.string().min(1),
  on: z.iso.date('--on must be the day the outlet corrected the article, YYYY-MM-DD'),
  note: z.string().trim().min(1).optional(),
});

function readArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { on: { type: 'string' }, note: { type: 'string' } },
  });
  if (positionals.length !== 2) throw new Error(`give a SOURCE-SLUG and a FILE\n${usage}`);
  const parsed = argsSchema.safeParse({ ...values, slug: positionals[0], file: positionals[1] });
  if (!parsed.success)
    throw new Error(`${parsed.error.issues.map((issue) => issue.message).join('; ')}\n${usage}`);
  return parsed.data;
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function main(): Promise<void> {
  const args = readArgs();
  const seeds = seedDirectory();
  const catalogue = await readSeedDirectory(seeds);
  const source = catalogue.sources.find((entry) => entry.seed.slug === args.slug);
  if (!source) throw new Error(`no source has the slug ${args.slug}`);
  const bytes = fs.readFileSync(args.file);
  const text = bytes.toString('utf8');
  if (Buffer.compare(Buffer.from(text, 'utf8'), bytes) !== 0)
    throw new Error(`${args.file} is not UTF-8 text`);
  const sha256 = sha256Of(bytes);
  const documentsDir = path.join(seeds, 'documents');
  const existing = fs.readdirSync(documentsDir).filter((file) => file.endsWith('.txt'));
  const archived = existing.find(
    (file) => sha256Of(fs.readFileSync(path.join(documentsDir, file))) === sha256,
  );
  if (archived) throw new Error(`this text is already archived as seeds/documents/${archived}`);
  const document = `${String(existing.length).padStart(3, '0')}_${sha256.slice(0, 16)}.txt`;

  const sourceFile = path.join(seeds, source.file);
  const revised = reviseSource(fs.readFileSync(sourceFile, 'utf8'), {
    old: { document: source.seed.document, sha256: source.sha256, text: source.text },
    new: { document, sha256, text },
    replacedOn: args.on,
    note: args.note ?? null,
  });
  // Byte for byte: the archived file is the file given, verified by its hash after the copy.
  fs.copyFileSync(args.file, path.join(documentsDir, document));
  if (sha256Of(fs.readFileSync(path.join(documentsDir, document))) !== sha256)
    throw new Error('the archived copy differs from the file given');
  fs.writeFileSync(sourceFile, revised.yaml);

  console.log(`Archived ${args.file} as seeds/documents/${document} (sha256 ${sha256}).`);
  console.log(
    `${source.file}: seeds/documents/${source.seed.document} is now an earlier version, replaced on ${args.on}.`,
  );
  console.log(
    `Re-anchored ${revised.reanchoredFigures.length} figures and ${revised.reanchoredExclusions} exclusions.`,
  );
  if (revised.keptEarlier.length > 0)
    console.log(
      `${revised.keptEarlier.length} figures keep the earlier version, whose quoted text changed or vanished: ${revised.keptEarlier.join(', ')}`,
    );
  for (const dropped of revised.droppedExclusions)
    console.log(
      `  dropped exclusion at ${dropped.start} ${JSON.stringify(dropped.text)}: no longer in the text`,
    );
  try {
    checkSeed(await readSeedDirectory(seeds));
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    console.log('The seed no longer checks; fix these, then npm run db:seed -- --check:');
    for (const problem of error.problems) console.log(`  ${formatSeedProblem(problem)}`);
    process.exitCode = 1;
    return;
  }
  console.log('Then npm run db:seed -- --check lists any new mention of the corrected text to account for.');
}

main().catch((error: unknown) => {
  console.error(`article:revise: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
