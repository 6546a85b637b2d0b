import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ChangesPage from '@/app/(site)/changes/page';
import FigurePage from '@/app/(site)/figures/[id]/page';
import { useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { loadSeedDirectory } from '@/db/load-seed';
import { getDatasetRelease } from '@/db/queries/data-version';
import { listReleaseChanges } from '@/db/queries/releases';
import { formatPublished } from '@/lib/format/format-date';
import { readSeedDirectory, type SeedFiles } from '@/lib/seed/read-seed-directory';
import { fillWithCopies } from '../support/fill-figures';
import { renderPage, visibleText } from '../support/render-page';
import { copyFixtureSeeds, editSeedFile } from '../support/seed-copy';
import { openTestDatabase } from '../support/test-database';

// The real seeds: what /changes says is derived here from seeds/releases.yaml and each figure's `added`.
let database: Database;
let seeds: SeedFiles;

const day = (iso: string) => formatPublished(iso, 'day');

beforeAll(async () => {
  database = await openTestDatabase();
  useDatabase(database);
  seeds = await readSeedDirectory('seeds');
  await loadSeedDirectory(database.db, 'seeds');
});
afterAll(() => database.close());

function publishedFigures() {
  return seeds.sources.flatMap((source) => source.seed.figures).filter((f) => f.status !== 'draft');
}

describe('releases and the changes log', () => {
  it('states the newest release of seeds/releases.yaml as the dataset’s version and last update', async () => {
    const newest = seeds.releases.at(-1)!;
    expect(await getDatasetRelease(database.db)).toMatchObject({
      version: newest.version,
      releasedOn: newest.date,
    });
  });

  it('lists every release newest first, with the figures each added counted from their `added` days', async () => {
    const log = await listReleaseChanges(database.db);
    expect(log.releases.map((release) => release.version)).toEqual(
      seeds.releases.map((release) => release.version).reverse(),
    );
    seeds.releases.forEach((release, index) => {
      const after = seeds.releases[index - 1]?.date ?? '';
      const expected = publishedFigures().filter((f) => f.added! > after && f.added! <= release.date);
      const listed = log.releases.find((entry) => entry.version === release.version)!;
      expect(listed.addedCount).toBe(expected.length);
      expect(listed.added.map((figure) => figure.publicId).sort()).toEqual(expected.map((f) => f.id).sort());
    });
    expect(log.releases.reduce((sum, release) => sum + release.addedCount, 0)).toBe(
      publishedFigures().length,
    );
    expect(log.unreleasedFigures).toBe(0);
  });

  it('shows the releases on /changes and, on a figure page, the day and version it was added in', async () => {
    const text = visibleText(await renderPage(ChangesPage()));
    const headings = seeds.releases.map((release) => `Version ${release.version}, ${day(release.date)}`);
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    const figure = publishedFigures()[0]!;
    const release = seeds.releases.find((r) => r.date >= figure.added!)!;
    const page = await renderPage(FigurePage({ params: Promise.resolve({ id: figure.id }) }));
    // visibleText puts a space at each tag edge, as around the link in "(version …)".
    expect(visibleText(page)).toContain(
      `In this dataset since ${day(figure.added!)} ( version ${release.version} )`,
    );
    expect(page).toContain(`href="/changes#release-${release.version}"`);
  });
});

describe('changes in the fixture’s releases', () => {
  let fixture: Database;
  beforeAll(async () => {
    fixture = await openTestDatabase();
    const dir = await copyFixtureSeeds();
    await editSeedFile(
      dir,
      'sources/sample.yaml',
      '    period: { start: 2022-02-24, end: 2025-02-28 }\n',
      '    period: { start: 2022-02-24, end: 2025-02-28 }\n' +
        '    corrections:\n' +
        '      - { on: 2025-05-02, field: kind, was: claim, reason: "The institute estimates it" }\n',
    );
    await loadSeedDirectory(fixture.db, dir);
  });
  afterAll(() => fixture.close());

  it('puts a correction in the first release on or after its day', async () => {
    const log = await listReleaseChanges(fixture.db);
    const [second, first] = log.releases;
    expect(second?.corrections.map((entry) => [entry.kind, entry.publicId, entry.on])).toEqual([
      ['correction', 'us-aid-sent-kiel', '2025-05-02'],
    ]);
    expect(first?.corrections).toEqual([]);
  });

  it('counts figures written outside the seed files as in no release', async () => {
    const before = await listReleaseChanges(fixture.db);
    await fillWithCopies(fixture.db, 30);
    const after = await listReleaseChanges(fixture.db);
    expect(after.releases.map((r) => r.addedCount)).toEqual(before.releases.map((r) => r.addedCount));
    expect(after.unreleasedFigures).toBeGreaterThan(0);
  });
});
