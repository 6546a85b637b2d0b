import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import YAML from 'yaml';
import { browserPageForFile, saveScreenshot } from '../support/browser';
import { startNextServer, type RunningServer } from '../support/next-server';
import { copyFixtureSeeds } from '../support/seed-copy';
import { createThrowawayDatabase } from '../support/test-database';

// An article written for this test (not one of the archived five, nor article:add's own test article): a range, an
// attribution, a projection, a word that is not a figure, and an unattributed count.
const article = path.resolve('test/fixtures/articles/dnipro-drone-makers.txt');
const slug = 'dnipro-drone-makers-count-on-foreign-money';
const sourceFile = `sources/001-${slug}.yaml`;
const ids = {
  aid: `${slug}-124-billion-93`,
  range: `${slug}-between-1-200-and-1-500-162`,
  one: `${slug}-one-248`,
  projection: `${slug}-3-000-304`,
};

// A load from another process reaches a running server only on a database server; PGlite has one owner.
const postgresUrl =
  process.env.DATABASE_URL ??
  process.env.POSTGRES_TEST_URL ??
  'postgres://postgres:postgres@127.0.0.1:5432/postgres';

const browser = browserPageForFile();
let page: Page;
let editor: RunningServer;
let seedDir: string;
// The day the editor accepts (UTC), as the review screen dates an accepted figure.
const today = new Date().toISOString().slice(0, 10);
let database: { url: string; drop(): Promise<void> };

function run(script: string, args: string[]) {
  return spawnSync('npx', ['tsx', script, ...args], {
    env: { ...process.env, SEED_DIR: seedDir, DATABASE_URL: database.url },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

interface SeedFigure {
  id: string;
  status?: string;
  added?: string;
  claimant: string;
  value: number | null;
}

async function readSource(): Promise<{
  figures: SeedFigure[];
  excluded_mentions: { start: number; text: string; reason: string; note?: string }[];
}> {
  return YAML.parse(await fs.readFile(path.join(seedDir, sourceFile), 'utf8'));
}

async function figureIn(id: string): Promise<SeedFigure | undefined> {
  return (await readSource()).figures.find((figure) => figure.id === id);
}

async function axeViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.length} × ${violation.help}`,
  );
}

/** A hash of every file under a directory, to show nothing was written there. */
async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of (await fs.readdir(dir, { recursive: true, withFileTypes: true })).sort((a, b) =>
    path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)),
  )) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hash.update(file).update(await fs.readFile(file));
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  page = browser.page();
  database = await createThrowawayDatabase(postgresUrl);
  seedDir = await copyFixtureSeeds();
  const added = run('scripts/article-add.ts', [
    article,
    '--outlet',
    'The Test Courier',
    '--author',
    'Ivan Writer',
    '--published',
    '2025-09-15',
  ]);
  if (added.status !== 0) throw new Error(`article:add failed:\n${added.stderr}`);
  editor = await startNextServer({ DATABASE_URL: database.url, SEED_DIR: seedDir, EDITOR: '1' });
});
afterAll(async () => {
  await editor?.stop();
  await database?.drop();
  if (seedDir) await fs.rm(seedDir, { recursive: true, force: true });
});

describe('without EDITOR=1', () => {
  const baseUrl = inject('baseUrl');

  it('answers every /edit address with 404, GET and POST alike, and writes nothing', async () => {
    const before = await hashTree('seeds');
    for (const pathname of [
      '/edit',
      '/edit/',
      `/edit/pokrovsk-mine-trump-envoy`,
      `/edit/${slug}`,
      '/edit/x/review',
    ])
      expect((await fetch(`${baseUrl}${pathname}`)).status, pathname).toBe(404);
    for (const pathname of ['/edit', '/edit/pokrovsk-mine-trump-envoy/review', `/edit/${slug}/review`]) {
      const response = await fetch(`${baseUrl}${pathname}`, {
        method: 'POST',
        body: new URLSearchParams({
          intent: 'reject',
          figure: 'pokrovske-mine-shafts-2024',
          reason: 'vague',
        }),
      });
      expect(response.status, pathname).toBe(404);
    }
    expect(await hashTree('seeds')).toBe(before);
  });
});

describe('the review screen, with EDITOR=1', () => {
  it('is served on localhost only: npm start refuses any other address', () => {
    const refused = spawnSync(
      process.execPath,
      ['scripts/serve.mjs', '--hostname', '0.0.0.0', '--port', '0'],
      {
        env: { ...process.env, EDITOR: '1' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('With EDITOR=1 the server listens on localhost only, not on "0.0.0.0"');
  });

  it('lists the article with its drafts', async () => {
    await page.goto(`${editor.baseUrl}/edit`);
    const link = page.getByRole('link', { name: 'Dnipro drone makers count on foreign money' }).first();
    await link.click();
    await page.waitForURL(`${editor.baseUrl}/edit/${slug}`);
    expect(await page.locator('h1').textContent()).toBe('Review: Dnipro drone makers count on foreign money');
  });

  it('shows the article with every drafted mention marked, its draft beside it, axe-clean at 1280 and 390 px', async () => {
    for (const id of Object.values(ids)) {
      await expect.poll(() => page.locator(`mark#mention-${id}`).count()).toBe(1);
      expect(await page.locator(`#draft-${id}`).count()).toBe(1);
    }
    expect(await page.locator(`mark#mention-${ids.range}`).textContent()).toBe('between 1,200 and 1,500');
    expect(await page.locator(`mark#mention-${ids.aid} a`).getAttribute('href')).toBe(`#draft-${ids.aid}`);
    expect(await axeViolations()).toEqual([]);
    await saveScreenshot(page, 'editor-review');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations()).toEqual([]);
    await saveScreenshot(page, 'editor-review-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
  });

  it('edits a draft through the claimant picker, which warns of a near-duplicate, and accepts it', async () => {
    const card = page.locator(`#draft-${ids.range}`);
    const claimant = card.getByLabel('Claimant');
    expect(await claimant.inputValue()).toBe('olena-marchuk');
    await expect
      .poll(() => card.locator('.field-problems').allTextContents())
      .toContain('claimant "olena-marchuk" is not in claimants.yaml');
    await claimant.fill('sample-ministr');
    const warning = card.locator('.picker-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      'Possible duplicate: “sample-ministr” is not in claimants.yaml',
    );
    await warning.getByRole('button', { name: 'sample-minister' }).click();
    expect(await claimant.inputValue()).toBe('sample-minister');
    expect(await card.locator(`[id="${ids.range}-claimant-status"]`).textContent()).toBe('A sample minister');
    await card.getByLabel('Period start').fill('2025-09-08');
    await card.getByLabel('Period end').fill('2025-09-08');
    await card.getByRole('button', { name: 'Accept' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Accepted ${ids.range}` })
      .waitFor();
    expect(await figureIn(ids.range)).toMatchObject({
      claimant: 'sample-minister',
      period: { start: '2025-09-08' },
    });
    expect((await figureIn(ids.range))?.status).toBeUndefined();
    expect(await page.locator(`#draft-${ids.range}`).count()).toBe(0);
  });

  it('shows a bad value beside its field and writes nothing; a value the check rejects is written and flagged', async () => {
    const card = () => page.locator(`#draft-${ids.projection}`);
    await card().getByLabel('Value').fill('abc');
    await card().getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Nothing was written' }).waitFor();
    expect(await card().locator(`[id="${ids.projection}-value-problems"]`).textContent()).toBe(
      'must be a number, such as 3000 or 1.2e9',
    );
    expect(await card().getByLabel('Value').getAttribute('aria-invalid')).toBe('true');
    expect(await card().getByLabel('Value').inputValue()).toBe('abc');
    expect(await figureIn(ids.projection)).toMatchObject({ status: 'draft', value: 3000 });

    await card().getByLabel('Value').fill('4000');
    await card().getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved ${ids.projection}` })
      .waitFor();
    expect(await card().locator(`[id="${ids.projection}-value-problems"]`).textContent()).toBe(
      'value 4000 differs from "3,000", which reads as 3000',
    );
    expect(await figureIn(ids.projection)).toMatchObject({ status: 'draft', value: 4000 });

    // Accepting it as it stands is refused: the draft stays a draft, its edits saved.
    await card().getByRole('button', { name: 'Accept' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Not accepted: ${ids.projection}` })
      .waitFor();
    expect(await figureIn(ids.projection)).toMatchObject({ status: 'draft', value: 4000 });

    // Its claimant is new: proposed from the screen, as article:add suggests, and checked by the seed's schema.
    const addClaimant = () =>
      card().locator('details.new-entry', { hasText: 'Add olena-marchuk to claimants.yaml' });
    await addClaimant().locator('summary').click();
    expect(await addClaimant().getByLabel('Name').inputValue()).toBe('Olena Marchuk');
    await addClaimant().getByLabel('Side').selectOption('ukraine');
    await addClaimant().getByLabel('Description').fill('Runs a drone workshop in Dnipro.');
    await addClaimant().getByRole('button', { name: 'Add to claimants.yaml' }).click();
    await page.getByRole('status').filter({ hasText: 'Nothing was written' }).waitFor();
    expect(await addClaimant().locator('.field-problems').textContent()).toMatch(/kind|option/i);
    expect(await addClaimant().getByLabel('Description').inputValue()).toBe(
      'Runs a drone workshop in Dnipro.',
    );
    expect(await fs.readFile(path.join(seedDir, 'claimants.yaml'), 'utf8')).not.toContain('olena-marchuk');
    await addClaimant().getByLabel('Kind').selectOption('person');
    await addClaimant().getByRole('button', { name: 'Add to claimants.yaml' }).click();
    await page.getByRole('status').filter({ hasText: 'Added olena-marchuk to claimants.yaml' }).waitFor();
    expect(YAML.parse(await fs.readFile(path.join(seedDir, 'claimants.yaml'), 'utf8'))).toContainEqual({
      slug: 'olena-marchuk',
      name: 'Olena Marchuk',
      kind: 'person',
      side: 'ukraine',
      description: 'Runs a drone workshop in Dnipro.',
    });
    expect(await card().getByLabel('Claimant').getAttribute('aria-invalid')).toBeNull();
    expect(await addClaimant().count()).toBe(0);

    await card().getByLabel('Value').fill('3,000');
    await card().getByRole('button', { name: 'Accept' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Accepted ${ids.projection}` })
      .waitFor();
    expect(await figureIn(ids.projection)).toMatchObject({ claimant: 'olena-marchuk', value: 3000 });
  });

  it('rejects a draft into an exclusion with its reason', async () => {
    const card = page.locator(`#draft-${ids.one}`);
    await card.getByLabel('Not a figure, because').selectOption('not_a_quantity');
    await card.getByLabel('Note (optional)').fill('a pronoun: one of the workshops');
    await card.getByRole('button', { name: 'Reject' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Rejected ${ids.one}` })
      .waitFor();
    const seed = await readSource();
    expect(seed.figures.map((figure) => figure.id)).not.toContain(ids.one);
    expect(seed.excluded_mentions).toContainEqual({
      start: 248,
      text: 'one',
      reason: 'not_a_quantity',
      note: 'a pronoun: one of the workshops',
    });
    expect(await page.locator(`#draft-${ids.one}`).count()).toBe(0);
  });

  it('accepts a draft as it stands and links to the pages it will change, which do not change before a load', async () => {
    await page.locator(`#draft-${ids.aid}`).getByRole('button', { name: 'Accept' }).click();
    const notice = page.getByRole('status').filter({ hasText: `Accepted ${ids.aid}` });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('npm run db:seed');
    expect(await notice.getByRole('link', { name: /metric page/ }).getAttribute('href')).toBe(
      '/metrics/us-aid-sent',
    );
    expect(await notice.getByRole('link', { name: /figure page/ }).getAttribute('href')).toBe(
      `/figures/${ids.aid}`,
    );
    expect((await figureIn(ids.aid))?.status).toBeUndefined();
    // Dated the day it is published, which is after the fixture's newest release: the screen says a release is due.
    expect((await figureIn(ids.aid))?.added).toBe(today);
    expect(await page.getByRole('status').filter({ hasText: 'after the newest release' }).count()).toBe(1);

    expect((await fetch(`${editor.baseUrl}/figures/${ids.aid}`)).status).toBe(404);
    expect((await fetch(`${editor.baseUrl}/figures/${ids.range}`)).status).toBe(404);
    expect((await fetch(`${editor.baseUrl}/figures/${ids.projection}`)).status).toBe(404);
    expect(await (await fetch(`${editor.baseUrl}/metrics/us-aid-sent`)).text()).not.toContain('124');
  });

  it('refuses a form from another site and a malformed one without writing', async () => {
    const before = await fs.readFile(path.join(seedDir, sourceFile), 'utf8');
    const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${editor.baseUrl}/edit/${slug}/review`, {
        method: 'POST',
        body: new URLSearchParams(body),
        headers,
        redirect: 'manual',
      });
    const rejection = { intent: 'reject', figure: `${slug}-12-266`, reason: 'vague' };
    expect((await post(rejection, { origin: 'https://elsewhere.example' })).status).toBe(403);
    // A page that points its own name at this machine sends that name as the Host.
    const rebound = await new Promise<number>((resolve, reject) => {
      const body = new URLSearchParams(rejection).toString();
      const sent = http.request(
        `${editor.baseUrl}/edit/${slug}/review`,
        {
          method: 'POST',
          headers: {
            host: 'rebound.example',
            origin: 'http://rebound.example',
            'content-type': 'application/x-www-form-urlencoded',
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
    expect(rebound).toBe(403);
    expect((await post({ intent: 'publish-everything' })).status).toBe(400);
    expect((await post({ ...rejection, figure: 'no-such-draft' })).status).toBe(400);
    expect((await fetch(`${editor.baseUrl}/edit/no-such-article`)).status).toBe(404);
    expect(await fs.readFile(path.join(seedDir, sourceFile), 'utf8')).toBe(before);
  });

  it('shows the accepted figures on the public pages once a release is added and the seeds are loaded', async () => {
    const refused = run('scripts/db-seed.ts', []);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('add a release to seeds/releases.yaml');
    await fs.appendFile(
      path.join(seedDir, 'releases.yaml'),
      `- version: 1.2.0\n  date: ${today}\n  summary: "The Dnipro drone makers article."\n`,
    );
    const loaded = run('scripts/db-seed.ts', []);
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(loaded.stdout).toContain(ids.aid);
    await expect
      .poll(async () => (await fetch(`${editor.baseUrl}/figures/${ids.aid}`)).status, { timeout: 30_000 })
      .toBe(200);
    await page.goto(`${editor.baseUrl}/figures/${ids.aid}`);
    expect(await page.locator('main').textContent()).toContain(
      'The Kiel Institute estimates that the US has sent $124 billion to Ukraine since 2022.',
    );
    expect((await page.locator('main').textContent())?.replace(/\s+/g, ' ')).toContain('(version 1.2.0)');
    await page.goto(`${editor.baseUrl}/figures/${ids.range}`);
    expect(await page.locator('main').textContent()).toContain('A sample minister');
    await page.goto(`${editor.baseUrl}/metrics/us-aid-sent`);
    expect(await page.locator(`a[href="/figures/${ids.aid}"]`).count()).toBeGreaterThan(0);
    await page.goto(`${editor.baseUrl}/metrics/drone-output`);
    expect(await page.locator(`a[href="/figures/${ids.range}"]`).count()).toBeGreaterThan(0);
    await page.goto(`${editor.baseUrl}/figures/${ids.projection}`);
    expect(await page.locator('main').textContent()).toContain('Olena Marchuk');
  });
});
