import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Database } from '@/db/client';
import { loadSeedDirectory } from '@/db/load-seed';
import { getFigureRecord, listFigureRecords } from '@/db/queries/figure-records';
import { listExcludedMentions } from '@/db/queries/sources';
import { sources } from '@/db/schema';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import { figureFilters } from '@/lib/figures/figure-filters';
import { checkSeed } from '@/lib/seed/check-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { copyFixtureSeeds } from '../support/seed-copy';
import { openTestDatabase } from '../support/test-database';

// An article written for this test, not one of the archived five: curly quotes, an apostrophe and a U+00A0 inside.
const article = path.resolve('test/fixtures/articles/kharkiv-drone-workshops.txt');

let database: Database;
let dir: string;
let added: ReturnType<typeof spawnSync>;
let sourceFile: string;

function run(script: string, args: string[]) {
  return spawnSync('npx', ['tsx', script, ...args], {
    env: { ...process.env, SEED_DIR: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  dir = await copyFixtureSeeds();
  added = run('scripts/article-add.ts', [
    article,
    '--outlet',
    'The Test Gazette',
    '--author',
    'Jane Reporter',
    '--published',
    '2025-06-10',
  ]);
  sourceFile = path.join(dir, 'sources', '001-kharkiv-workshops-race-to-build-drones.yaml');
}, 120_000);
afterAll(() => database.close());

describe('npm run article:add', () => {
  it('archives the text byte-for-byte under its sha256 and writes the source file', () => {
    expect(added.status, String(added.stderr)).toBe(0);
    const bytes = fs.readFileSync(article);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const seed = YAML.parse(fs.readFileSync(sourceFile, 'utf8'));
    expect(seed).toMatchObject({
      slug: 'kharkiv-workshops-race-to-build-drones',
      sha256,
      kind: 'news_report',
    });
    expect(fs.readFileSync(path.join(dir, 'documents', seed.document)).equals(bytes)).toBe(true);
    expect(seed.published_on).toMatchObject({ value: '2025-06-10', precision: 'day' });
    expect(String(added.stdout)).toContain(`sha256 ${sha256}`);
  });

  it('refuses bad arguments, naming what is wrong', () => {
    const refused = run('scripts/article-add.ts', [article, '--published', 'June 2025']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--published must be YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('drafts figures that are never published, which the check lists and passes', async () => {
    const seed = checkSeed(await readSeedDirectory(dir));
    expect(seed.figures.map((figure) => figure.sourceSlug)).not.toContain(
      'kharkiv-workshops-race-to-build-drones',
    );
    expect(seed.drafts.filter((draft) => draft.kind === 'figure').map((draft) => draft.text)).toEqual([
      '2,000',
      '14',
      '900',
      'double',
      '$119\u00a0billion',
      'between 3,000 and 4,000',
    ]);
    const checked = run('scripts/db-seed.ts', ['--check']);
    expect(checked.stdout).toContain('Drafts awaiting review, never published (9):');
    expect(checked.stdout).toContain(
      '001_5e493b6cda9b8621.txt: 10 quantity mentions: 0 covered by figures, 10 excluded with a reason (7 of them claims awaiting a figure), 0 unaccounted',
    );
  });
});

describe('an accepted draft', () => {
  it('is loaded and read back through the queries, its quote cut from the archived text', async () => {
    const document = YAML.parseDocument(fs.readFileSync(sourceFile, 'utf8'));
    const figures = document.get('figures') as YAML.YAMLSeq<YAML.YAMLMap>;
    const accepted = figures.items.find((item) => item.get('value_text') === '2,000');
    expect(accepted?.get('claimant')).toBe('mykola-petrenko');
    accepted?.set('status', 'published');
    // Published on the day of the fixture's newest release.
    accepted?.set('added', '2025-06-01');
    fs.writeFileSync(sourceFile, document.toString({ lineWidth: 0 }));
    fs.appendFileSync(
      path.join(dir, 'claimants.yaml'),
      '- slug: mykola-petrenko\n  name: Mykola Petrenko\n  kind: person\n  side: ukraine\n  description: Runs a drone workshop in Kharkiv.\n',
    );

    await loadSeedDirectory(database.db, dir);

    const id = String(accepted?.get('id'));
    const record = await getFigureRecord(database.db, id);
    expect(record).toMatchObject({
      value: 2000,
      bound: 'more_than',
      valueLow: 2000,
      unit: 'drones',
      per: 'day',
      quote:
        'Ukraine’s drone output has reached more than 2,000 drones a day, Mykola Petrenko said on Tuesday.',
      claimant: { slug: 'mykola-petrenko' },
      metric: { slug: 'drone-output' },
      source: { slug: 'kharkiv-workshops-race-to-build-drones' },
    });
    const all = await listFigureRecords(
      database.db,
      figureFilters({ source: ['kharkiv-workshops-race-to-build-drones'] }),
      { limit: 100 },
    );
    expect(all.map((figure) => figure.publicId)).toEqual([id]);

    const [source] = await database.db
      .select()
      .from(sources)
      .where(eq(sources.slug, 'kharkiv-workshops-race-to-build-drones'));
    const coverage = computeCoverage(source!.text, all, await listExcludedMentions(database.db, source!.id));
    expect(coverage).toMatchObject({ covered: 1, unaccounted: 0, awaitingFigure: 6 });
  });
});
