import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { diffSeedFigures, releaseProblems, type SeedFigure } from '@/lib/seed/diff-seeds';
import { releaseSeed, sourceSeed } from '@/lib/seed/seed-schema';

const args = z
  .tuple([z.string().regex(/^[^-\s][^\s]*$/, 'give one git ref, such as HEAD~1 or main')])
  .safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(
    'usage: npm run seeds:diff -- <git-ref>   (lists what the seed change since <git-ref> adds, corrects and retracts)',
  );
  process.exit(2);
}
const [ref] = args.data;
const sourcesDir = 'seeds/sources';

function git(...gitArgs: string[]): string {
  return execFileSync('git', gitArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function figuresOf(file: string, text: string, problems: string[]): SeedFigure[] {
  const parsed = sourceSeed.safeParse(YAML.parse(text));
  if (!parsed.success) {
    problems.push(`${file} › cannot be read: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return [];
  }
  return parsed.data.figures.map((figure) => ({ file, figure }));
}

const releasesFile = 'seeds/releases.yaml';

function releasesOf(text: string | null, problems: string[]) {
  if (text === null) return [];
  const parsed = z.array(releaseSeed).safeParse(YAML.parse(text) ?? []);
  if (!parsed.success) {
    problems.push(`releases.yaml › cannot be read: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return [];
  }
  return parsed.data;
}

function gitShowOrNull(object: string): string | null {
  try {
    return git('show', object);
  } catch {
    return null;
  }
}

function main(): void {
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    console.log(
      `seeds:diff: ${ref} is not a commit in this clone (a shallow or fresh clone has no previous commit): nothing to compare against, so nothing was checked.`,
    );
    return;
  }
  const problems: string[] = [];
  const before = git('ls-tree', '--name-only', `${ref}`, `${sourcesDir}/`)
    .split('\n')
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => figuresOf(path.basename(file), git('show', `${ref}:${file}`), problems));
  const after = fs
    .readdirSync(sourcesDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => figuresOf(file, fs.readFileSync(path.join(sourcesDir, file), 'utf8'), problems));
  const diff = diffSeedFigures(before, after);
  const releases = releaseProblems(
    releasesOf(gitShowOrNull(`${ref}:${releasesFile}`), problems),
    releasesOf(fs.existsSync(releasesFile) ? fs.readFileSync(releasesFile, 'utf8') : null, problems),
    diff,
  );
  console.log(`Seed figures since ${ref}:`);
  console.log(`  added (${diff.added.length})${diff.added.length ? `: ${diff.added.join(', ')}` : ''}`);
  console.log(
    `  corrected (${diff.corrected.length})${diff.corrected.length ? `: ${diff.corrected.map((c) => `${c.id} (${c.fields.join(', ')})`).join(', ')}` : ''}`,
  );
  console.log(
    `  retracted (${diff.retracted.length})${diff.retracted.length ? `: ${diff.retracted.join(', ')}` : ''}`,
  );
  for (const problem of [...problems, ...diff.problems, ...releases])
    console.error(`not on the record: ${problem}`);
  if (problems.length + diff.problems.length + releases.length > 0) process.exitCode = 1;
}

main();
