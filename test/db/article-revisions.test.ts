import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import FigurePage from '@/app/(site)/figures/[id]/page';
import SourcePage from '@/app/(site)/sources/[slug]/page';
import { GET as getFiguresCsv } from '@/app/figures.csv/route';
import { GET as getFiguresJson } from '@/app/figures.json/route';
import { useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { loadSeedDirectory } from '@/db/load-seed';
import { getFigureRecord } from '@/db/queries/figure-records';
import { getSourceBySlug, listExcludedMentions, listSourceFigureSpans } from '@/db/queries/sources';
import { checkSeed } from '@/lib/seed/check-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { renderPage, visibleText } from '../support/render-page';
import { copyFixtureSeeds } from '../support/seed-copy';
import { openTestDatabase } from '../support/test-database';

const aidQuote = 'The Kiel Institute estimates that the US has sent a total of $119\u00a0billion to Ukraine.';
const ministerQuote =
  '“We produce more than 1,500 drones a day,” the minister said, adding that output could rise to 4,000 by 2026.';
const inserted = 'Updated on 2 April with the ministry’s figures.\u00a0\n';
const note = 'The minister’s daily output was corrected';

let database: Database;
let dir: string;
let oldText: string;
let newText: string;
let revised: ReturnType<typeof spawnSync>;
let seed: {
  document: string;
  sha256: string;
  earlier_versions: unknown[];
  figures: { id: string; quote: Record<string, unknown> }[];
  excluded_mentions: { start: number; text: string }[];
};

const offsetOf = (text: string, piece: string) => Array.from(text.slice(0, text.indexOf(piece))).length;
const figure = (id: string) => seed.figures.find((entry) => entry.id === id);

beforeAll(async () => {
  database = await openTestDatabase();
  useDatabase(database);
  dir = await copyFixtureSeeds();
  await loadSeedDirectory(database.db, dir);
  oldText = fs.readFileSync(path.join(dir, 'documents', 'sample.txt'), 'utf8');
  // A sentence inserted before the first quote, and one quoted sentence changed by the outlet.
  newText = oldText
    .replace(aidQuote, `${inserted}${aidQuote}`)
    .replace('more than 1,500 drones', 'more than 1,200 drones');
  const file = path.join(dir, 'revised.txt');
  fs.writeFileSync(file, newText);
  revised = spawnSync(
    'npx',
    ['tsx', 'scripts/article-revise.ts', 'sample-dispatch', file, '--on', '2025-04-02', '--note', note],
    { env: { ...process.env, SEED_DIR: dir }, encoding: 'utf8', timeout: 60_000 },
  );
  seed = YAML.parse(fs.readFileSync(path.join(dir, 'sources', 'sample.yaml'), 'utf8'));
  await loadSeedDirectory(database.db, dir);
}, 120_000);
afterAll(() => database.close());

describe('npm run article:revise', () => {
  it('archives the new text and lists the old one among the earlier versions', () => {
    expect(revised.status, String(revised.stderr) + String(revised.stdout)).toBe(0);
    const sha256 = createHash('sha256').update(newText).digest('hex');
    expect(seed.document).toBe(`001_${sha256.slice(0, 16)}.txt`);
    expect(seed.sha256).toBe(sha256);
    expect(fs.readFileSync(path.join(dir, 'documents', seed.document), 'utf8')).toBe(newText);
    expect(seed.earlier_versions).toEqual([
      {
        document: 'sample.txt',
        sha256: createHash('sha256').update(oldText).digest('hex'),
        replaced_on: '2025-04-02',
        note,
      },
    ]);
    expect(revised.stdout).toContain('Re-anchored 1 figures and 1 exclusions.');
    expect(revised.stdout).toContain(
      '2 figures keep the earlier version, whose quoted text changed or vanished: drones-per-day-minister, drones-per-day-target-minister',
    );
  });

  it('moves an unchanged quote and exclusion to their new offsets, and a changed quote keeps the old document', () => {
    const start = offsetOf(newText, aidQuote);
    expect(figure('us-aid-sent-kiel')?.quote).toEqual({
      start,
      end: start + Array.from(aidQuote).length,
      text: aidQuote,
    });
    expect(figure('drones-per-day-minister')?.quote).toEqual({
      document: 'sample.txt',
      start: 102,
      end: 211,
      text: ministerQuote,
    });
    expect(figure('drones-per-day-target-minister')?.quote).toEqual({
      document: 'sample.txt',
      text: ministerQuote,
    });
    expect(seed.excluded_mentions).toMatchObject([
      { start: 206 + Array.from(inserted).length, text: '2026' },
    ]);
  });
});

describe('the revised seed, loaded', () => {
  it('reads each figure back with its quote, from the version it quotes', async () => {
    const aid = await getFigureRecord(database.db, 'us-aid-sent-kiel');
    expect(aid).toMatchObject({ quote: aidQuote, quoteStart: offsetOf(newText, aidQuote) });
    const minister = await getFigureRecord(database.db, 'drones-per-day-minister');
    expect(minister).toMatchObject({ quote: ministerQuote, quoteStart: 102, quoteEnd: 211 });
    const source = (await getSourceBySlug(database.db, 'sample-dispatch'))!;
    expect(source.text).toBe(newText);
    expect((await listSourceFigureSpans(database.db, source.id)).map((span) => span.publicId)).toEqual([
      'us-aid-sent-kiel',
    ]);
    expect((await listExcludedMentions(database.db, source.id)).map((mention) => mention.start)).toContain(
      206 + Array.from(inserted).length,
    );
  });

  it('gives in the downloads the checksum of the text each quote’s offsets point into', async () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const csv = await (await getFiguresCsv(new Request('http://localhost/figures.csv'))).text();
    const row = (id: string) => csv.split('\r\n').find((line) => line.startsWith(`${id},`)) ?? '';
    expect(row('drones-per-day-minister')).toContain(`,${sha(oldText)},`);
    expect(row('us-aid-sent-kiel')).toContain(`,${sha(newText)},`);
    const json = (await (await getFiguresJson(new Request('http://localhost/figures.json'))).json()) as {
      figures: { id: string; source: { sha256: string } }[];
    };
    const byId = new Map(json.figures.map((figure) => [figure.id, figure.source.sha256]));
    expect(byId.get('drones-per-day-minister')).toBe(sha(oldText));
    expect(byId.get('us-aid-sent-kiel')).toBe(sha(newText));
  });

  it('shows the earlier version on the figure page and lists it on the source page', async () => {
    const page = visibleText(
      await renderPage(FigurePage({ params: Promise.resolve({ id: 'drones-per-day-minister' }) })),
    );
    expect(page).toContain('“We produce more than 1,500 drones a day,”');
    expect(page).toMatch(
      /Quoted from the version of the article replaced on 2 Apr 2025; the outlet has since corrected the article \(The minister’s daily output was corrected\)\./,
    );
    const current = visibleText(
      await renderPage(FigurePage({ params: Promise.resolve({ id: 'us-aid-sent-kiel' }) })),
    );
    expect(current).not.toContain('Quoted from the version');
    const sourcePage = visibleText(
      await renderPage(SourcePage({ params: Promise.resolve({ slug: 'sample-dispatch' }) })),
    );
    expect(sourcePage).toContain(`Corrected by the outlet on 2 Apr 2025: ${note}.`);
    expect(sourcePage).toContain('more than 1,200 drones');
  });
});

describe('the loader', () => {
  const checkEdited = async (edit: (yaml: string) => string) => {
    const copy = fs.mkdtempSync(path.join(path.dirname(dir), 'cf-revised-'));
    fs.cpSync(dir, copy, { recursive: true });
    const file = path.join(copy, 'sources', 'sample.yaml');
    fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
    return checkSeed(await readSeedDirectory(copy)).figures.length;
  };

  it('rejects a quote naming a document that is not an earlier version', async () => {
    await expect(
      checkEdited((yaml) =>
        yaml.replace('document: sample.txt, start: 102', 'document: other.txt, start: 102'),
      ),
    ).rejects.toThrow(
      "figure drones-per-day-minister › quote.document: other.txt is neither this source's document nor one of its earlier_versions",
    );
  });

  it('rejects an earlier version whose sha256 does not match its file', async () => {
    const oldSha = createHash('sha256').update(oldText).digest('hex');
    await expect(
      checkEdited((yaml) => yaml.replace(`sha256: ${oldSha}`, `sha256: ${'a'.repeat(64)}`)),
    ).rejects.toThrow(`earlier version sample.txt › sha256 ${'a'.repeat(64)} does not match`);
  });

  it('checks a quote from an earlier version against that version', async () => {
    await expect(
      checkEdited((yaml) => yaml.replace('sample.txt, start: 102', 'sample.txt, start: 103')),
    ).rejects.toThrow('figure drones-per-day-minister › quote does not match the archived text at 103–211');
  });
});
