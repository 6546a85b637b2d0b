import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { z } from 'zod';
import { seedDirectory } from '@/db/app-database';
import { sourceKind } from '@/db/schema';
import { draftArticle } from '@/lib/drafting/draft-article';
import { slugify } from '@/lib/drafting/guess-claimant';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';

const usage =
  'usage: npm run article:add -- FILE [--title T] [--outlet O] [--author A] [--url U] [--published YYYY[-MM[-DD]]] [--kind news_report|opinion|interview|analysis]';

const argsSchema = z.object({
  file: z.string().min(1, 'FILE: give the article text file to add'),
  title: z.string().trim().min(1).optional(),
  outlet: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
  url: z.url('--url must be an absolute URL').optional(),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '--published must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  kind: z.enum(sourceKind.enumValues).default('news_report'),
});

function readArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      outlet: { type: 'string' },
      author: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      kind: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new Error(`give exactly one FILE\n${usage}`);
  const parsed = argsSchema.safeParse({ ...values, file: positionals[0] });
  if (!parsed.success)
    throw new Error(`${parsed.error.issues.map((issue) => issue.message).join('; ')}\n${usage}`);
  return parsed.data;
}

/** A field given on the command line: stated when the text says it, else inferred from the editor's word. */
function given(value: string | undefined, text: string) {
  if (value === undefined) return undefined;
  return text.includes(value)
    ? { value, basis: 'stated', evidence: 'In the text; given to article:add' }
    : { value, basis: 'inferred', evidence: 'Given to article:add by the editor; not in the text' };
}

async function main(): Promise<void> {
  const args = readArgs();
  const seeds = seedDirectory();
  const bytes = fs.readFileSync(args.file);
  const text = bytes.toString('utf8');
  if (Buffer.compare(Buffer.from(text, 'utf8'), bytes) !== 0)
    throw new Error(`${args.file} is not UTF-8 text`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const documentsDir = path.join(seeds, 'documents');
  const existing = fs.readdirSync(documentsDir).filter((file) => file.endsWith('.txt'));
  const archived = existing.find(
    (file) =>
      createHash('sha256')
        .update(fs.readFileSync(path.join(documentsDir, file)))
        .digest('hex') === sha256,
  );
  if (archived) throw new Error(`this text is already archived as seeds/documents/${archived}`);
  const number = String(existing.length).padStart(3, '0');
  const document = `${number}_${sha256.slice(0, 16)}.txt`;
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  const title =
    given(args.title, text) ??
    (firstLine && firstLine.length < 200
      ? { value: firstLine, basis: 'inferred', evidence: 'First line of the text' }
      : undefined);
  const slug = slugify(
    (title?.value ?? path.basename(args.file, path.extname(args.file))).split(/\s+/).slice(0, 8).join(' '),
  );
  const sourceFile = path.join(seeds, 'sources', `${number}-${slug}.yaml`);
  if (fs.existsSync(sourceFile)) throw new Error(`${sourceFile} already exists`);

  const catalogue = await readSeedDirectory(seeds);
  const draft = draftArticle({
    slug,
    text,
    publishedOn: args.published ?? null,
    author: args.author ?? args.outlet ?? null,
    claimants: catalogue.claimants,
    metrics: catalogue.metrics,
  });
  const precision = args.published
    ? (['year', 'month', 'day'] as const)[args.published.split('-').length - 1]
    : undefined;
  const source = {
    slug,
    document,
    sha256,
    kind: args.kind,
    ...(title && { title }),
    ...(args.outlet && { outlet: given(args.outlet, text) }),
    ...(args.author && { author: given(args.author, text) }),
    ...(args.published && {
      published_on: {
        value: args.published,
        precision,
        basis: 'inferred',
        evidence: 'Given to article:add by the editor',
      },
    }),
    ...(args.url && { url: given(args.url, text) }),
    figures: draft.figures,
    excluded_mentions: draft.exclusions,
  };
  // Byte for byte: the archived file is the file given, verified by its hash after the copy.
  fs.copyFileSync(args.file, path.join(documentsDir, document));
  const copied = createHash('sha256')
    .update(fs.readFileSync(path.join(documentsDir, document)))
    .digest('hex');
  if (copied !== sha256) throw new Error('the archived copy differs from the file given');
  fs.writeFileSync(sourceFile, YAML.stringify(source, { lineWidth: 0 }));
  console.log(`Archived ${args.file} as seeds/documents/${document} (sha256 ${sha256}).`);
  console.log(
    `Wrote ${sourceFile}: ${draft.figures.length} draft figures, ${draft.exclusions.length} draft exclusions.`,
  );
  for (const stub of draft.claimantStubs) {
    console.log(
      `  new claimant to add to claimants.yaml: { slug: ${stub.slug}, name: "${stub.name}", kind: …, side: …, description: … }`,
    );
  }
  for (const stub of draft.metricStubs) {
    console.log(
      `  new metric to add to metrics.yaml: { slug: ${stub.slug}, unit: ${stub.unit}, name: …, topic: …, definition: … }`,
    );
  }
  console.log(
    `Review each draft on the review screen (EDITOR=1 npm start, then /edit/${slug}) or in the file: accept it by removing status: draft and adding added: YYYY-MM-DD (with a claimant and metric that exist), or turn it into an exclusion. Add a release to releases.yaml, then npm run db:seed -- --check.`,
  );
}

main().catch((error: unknown) => {
  console.error(`article:add: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
