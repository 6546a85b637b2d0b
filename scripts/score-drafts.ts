import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { z } from 'zod';
import { matchClaimant } from '@/lib/drafting/guess-claimant';
import { answerKeySchema, percent, scoreDrafts, type ScoredDraft } from '@/lib/drafting/score-drafts';

const usage =
  'usage: npm run drafts:score -- ARTICLE.txt KEY.yaml [--seeds DIR (default seeds; or test/fixtures/seed-minimal)] [--keep]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: 'string', default: 'seeds' }, keep: { type: 'boolean', default: false } },
});
if (positionals.length !== 2) {
  console.error(usage);
  process.exit(2);
}
const [articleFile, keyFile] = positionals as [string, string];

const draftSchema = z.object({
  id: z.string(),
  status: z.string().optional(),
  value_text: z.string(),
  value: z.number().nullable().optional(),
  bound: z.string(),
  low: z.number().nullable().optional(),
  high: z.number().nullable().optional(),
  claimant: z.string(),
  quote: z.object({ start: z.number(), end: z.number(), text: z.string() }),
});

function main(): void {
  const parsedKey = answerKeySchema.safeParse(YAML.parse(fs.readFileSync(keyFile, 'utf8')));
  if (!parsedKey.success) {
    throw new Error(
      `${keyFile}: ${parsedKey.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const key = parsedKey.data;
  const author = key.author ?? 'Staff reporter';

  // article:add writes into a copy of the seeds, never the real ones.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-score-'));
  fs.cpSync(values.seeds, dir, { recursive: true });
  const before = new Set(fs.readdirSync(path.join(dir, 'sources')));
  const added = spawnSync(
    'npx',
    [
      'tsx',
      'scripts/article-add.ts',
      path.resolve(articleFile),
      '--author',
      author,
      ...(key.published ? ['--published', key.published] : []),
    ],
    { env: { ...process.env, SEED_DIR: dir }, encoding: 'utf8', timeout: 120_000 },
  );
  if (added.status !== 0) throw new Error(`article:add failed: ${added.stderr || added.stdout}`);
  const written = fs.readdirSync(path.join(dir, 'sources')).filter((file) => !before.has(file));
  if (written.length !== 1) throw new Error(`expected one new source file, found ${written.length}`);
  const source = YAML.parse(fs.readFileSync(path.join(dir, 'sources', written[0] as string), 'utf8'));

  const claimants = z
    .array(z.object({ slug: z.string(), name: z.string() }).loose())
    .parse(YAML.parse(fs.readFileSync(path.join(dir, 'claimants.yaml'), 'utf8')) ?? []);
  const names = new Map(claimants.map((claimant) => [claimant.slug, claimant.name]));
  // Proposed claimants are printed, not written: `new claimant to add to claimants.yaml: { slug: x, name: "X", …`.
  for (const match of added.stdout.matchAll(
    /new claimant to add to claimants\.yaml: \{ slug: ([^,]+), name: "(.*?)", kind/g,
  ))
    names.set(match[1] as string, match[2] as string);
  const authorSlug = matchClaimant(author, claimants).slug;

  const drafts: ScoredDraft[] = z
    .array(draftSchema)
    .parse(source.figures ?? [])
    .filter((figure) => figure.status === 'draft')
    .map((figure) => ({
      id: figure.id,
      value_text: figure.value_text,
      value: figure.value ?? null,
      bound: figure.bound,
      low: figure.low ?? null,
      high: figure.high ?? null,
      claimant: figure.claimant,
      claimantName: names.get(figure.claimant) ?? null,
      quote: figure.quote,
    }));
  const score = scoreDrafts(key, drafts, authorSlug);

  const mark = (right: boolean) => (right ? '✓' : '✗');
  const showValue = (value: number | null, low: number | null, high: number | null, bound: string) =>
    bound === 'range' ? `${low}–${high}` : String(value);
  console.log(
    `${articleFile}: ${key.claims.length} key claims, ${drafts.length} draft figures (seeds: ${values.seeds})`,
  );
  console.log('');
  console.log(
    [
      'start',
      'key text',
      'key value',
      'key bound',
      'key claimant',
      'draft value',
      'draft bound',
      'draft claimant',
      'V',
      'B',
      'C',
    ].join('\t'),
  );
  for (const row of score.claims) {
    const { claim, draft } = row;
    console.log(
      [
        claim.start,
        claim.text,
        showValue(claim.value, claim.low, claim.high, claim.bound),
        claim.bound,
        claim.claimant,
        draft ? showValue(draft.value, draft.low, draft.high, draft.bound) : 'MISSED',
        draft?.bound ?? '–',
        draft ? `${draft.claimant}${draft.claimantName ? ` (${draft.claimantName})` : ''}` : '–',
        mark(row.value),
        mark(row.bound),
        mark(row.claimant),
      ].join('\t'),
    );
  }
  console.log('');
  console.log(`False drafts (no key claim), ${score.falseDrafts.length}:`);
  for (const { draft, notClaim } of score.falseDrafts) {
    console.log(
      `  ${draft.id}\t"${draft.value_text}"\t${notClaim ? `key: not a claim (${notClaim})` : 'key: not listed'}`,
    );
  }
  console.log('');
  console.log(`Missed (no draft): ${score.missed} of ${score.total}`);
  console.log(
    `Value right:    ${score.valueRight}/${score.total} = ${percent(score.valueRight, score.total)}  (bar 90%)`,
  );
  console.log(
    `Bound right:    ${score.boundRight}/${score.total} = ${percent(score.boundRight, score.total)}  (bar 80%)`,
  );
  console.log(
    `Claimant right: ${score.claimantRight}/${score.total} = ${percent(score.claimantRight, score.total)}  (bar 60%)`,
  );
  console.log(
    `SCORE\t${path.basename(articleFile)}\t${score.total}\t${score.valueRight}\t${score.boundRight}\t${score.claimantRight}\t${score.missed}\t${score.falseDrafts.length}`,
  );
  if (values.keep) console.log(`Drafts kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

try {
  main();
} catch (error: unknown) {
  console.error(`drafts:score: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
