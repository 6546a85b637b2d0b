import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { GET as getFiguresCsv } from '@/app/figures.csv/route';
import { GET as getFiguresJson } from '@/app/figures.json/route';
import { useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { listFigureRecords, type FigureRecord } from '@/db/queries/figure-records';
import { listExcludedMentions } from '@/db/queries/sources';
import { sources } from '@/db/schema';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import { figureFilters } from '@/lib/figures/figure-filters';
import { parseStatedValue } from '@/lib/numbers/parse-stated-value';
import { loadSeedDirectory } from '@/db/load-seed';
import { openTestDatabase } from '../support/test-database';

// Derived from seeds/ so that adding an article never means editing this test: each source file names its
// document and that document's sha256, and the bytes on disk must hash to it.
function declaredChecksums(): Record<string, string> {
  const sourcesDirectory = path.join('seeds', 'sources');
  return Object.fromEntries(
    fs
      .readdirSync(sourcesDirectory)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => {
        const seed = YAML.parse(fs.readFileSync(path.join(sourcesDirectory, file), 'utf8')) as {
          document: string;
          sha256: string;
        };
        return [seed.document, seed.sha256];
      }),
  );
}
const publishedChecksums = declaredChecksums();
let database: Database;
let records: FigureRecord[];

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSeedDirectory(database.db, 'seeds');
  useDatabase(database);
  records = await listFigureRecords(database.db, figureFilters(), { limit: 100_000 });
});
afterAll(() => database.close());

describe('the archived articles', () => {
  it('are every document in seeds/documents, each named by exactly one source file', () => {
    const documents = fs.readdirSync(path.join('seeds', 'documents')).filter((file) => file.endsWith('.txt'));
    expect(Object.keys(publishedChecksums).sort()).toEqual(documents.sort());
    expect(documents.length).toBe(
      fs.readdirSync(path.join('seeds', 'sources')).filter((file) => file.endsWith('.yaml')).length,
    );
  });

  it('are stored byte-for-byte as published', async () => {
    for (const [file, sha256] of Object.entries(publishedChecksums)) {
      const bytes = fs.readFileSync(path.join('seeds', 'documents', file));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(sha256);
    }
    const stored = await database.db
      .select({ file: sources.documentFile, sha256: sources.sha256 })
      .from(sources);
    expect(Object.fromEntries(stored.map((row) => [row.file, row.sha256]))).toEqual(publishedChecksums);
  });
});

describe('every figure in the dataset', () => {
  it('is anchored: its quote is the archived text at its offsets, and its stated value is in the quote', async () => {
    const texts = new Map(
      (await database.db.select().from(sources)).map((source) => [source.slug, Array.from(source.text)]),
    );
    for (const record of records) {
      const text = texts.get(record.source.slug) ?? [];
      expect(text.slice(record.quoteStart, record.quoteEnd).join(''), record.publicId).toBe(record.quote);
      expect(record.quote, record.publicId).toContain(record.valueText);
    }
  });

  it('has a value that matches its stated text', () => {
    for (const record of records) {
      const parsed = parseStatedValue(record.valueText);
      expect(parsed, `${record.publicId}: ${record.valueText}`).not.toBeNull();
      if (parsed?.value === null)
        expect([record.valueLow, record.valueHigh], record.publicId).toEqual([parsed.low, parsed.high]);
      else expect(record.value, record.publicId).toBeCloseTo(parsed?.value ?? Number.NaN, 6);
    }
  });

  it('has a claimant, a metric, a kind, and a period or an explicit "undated"', () => {
    expect(records.length).toBeGreaterThanOrEqual(80);
    for (const record of records) {
      expect(record.claimant.slug, record.publicId).toBeTruthy();
      expect(record.metric.slug, record.publicId).toBeTruthy();
      expect(record.kind, record.publicId).toBeTruthy();
      expect((record.periodStart === null) === (record.periodEnd === null), record.publicId).toBe(true);
    }
  });
});

describe('number coverage', () => {
  it('accounts for every number mention in every article: a figure or an exclusion with a reason', async () => {
    const unaccounted: string[] = [];
    for (const source of await database.db.select().from(sources)) {
      const figures = records.filter((record) => record.source.slug === source.slug);
      const coverage = computeCoverage(
        source.text,
        figures,
        await listExcludedMentions(database.db, source.id),
      );
      for (const entry of coverage.mentions) {
        if (entry.status === 'unaccounted')
          unaccounted.push(`${source.slug} @${entry.mention.start}: ${entry.mention.text}`);
      }
    }
    expect(unaccounted).toEqual([]);
  });
});

describe('/figures.csv and /figures.json', () => {
  const download = async (query = '') =>
    parse(await (await getFiguresCsv(new Request(`http://localhost/figures.csv${query}`))).text(), {
      columns: true,
    }) as Record<string, string>[];

  it('round-trip: every row of the full CSV matches its figure in the database, provenance included', async () => {
    const rows = await download();
    expect(rows.map((row) => row.figure_id)).toEqual(records.map((record) => record.publicId));
    const texts = new Map(
      (await database.db.select().from(sources)).map((source) => [source.sha256, Array.from(source.text)]),
    );
    const number = (cell: string | undefined) => (cell === '' || cell === undefined ? null : Number(cell));
    rows.forEach((row, index) => {
      const record = records[index]!;
      expect(row.figure_url).toBe(`https://figures.example.org/figures/${record.publicId}`);
      expect([row.metric, row.metric_slug, row.topic]).toEqual([
        record.metric.name,
        record.metric.slug,
        record.topic.name,
      ]);
      expect(number(row.value)).toBe(record.value);
      expect(number(row.value_low)).toBe(record.valueLow);
      expect(number(row.value_high)).toBe(record.valueHigh);
      expect(number(row.normalised_value)).toBe(record.normalisedValue);
      expect([row.bound, row.unit, row.per, row.kind]).toEqual([
        record.bound,
        record.unit,
        record.per ?? '',
        record.kind,
      ]);
      expect([row.period_start, row.period_end]).toEqual([record.periodStart ?? '', record.periodEnd ?? '']);
      expect([row.claimant, row.claimant_side, row.outlet]).toEqual([
        record.claimant.name,
        record.claimant.side,
        record.source.outlet ?? '',
      ]);
      expect(row.source_sha256).toBe(record.source.sha256);
      // Provenance: the quote in the download is exactly the archived text at the offsets the row gives.
      const text = texts.get(row.source_sha256 ?? '') ?? [];
      expect(text.slice(Number(row.quote_start), Number(row.quote_end)).join('')).toBe(row.quote);
      expect(row.quote).toContain(row.value_as_stated);
    });
  });

  it('/figures.json holds the same figures, and says how many', async () => {
    const response = await getFiguresJson(new Request('http://localhost/figures.json'));
    const body = (await response.json()) as { count: number; figures: { id: string }[] };
    expect(body.count).toBe(records.length);
    expect(body.figures.map((figure) => figure.id)).toEqual(records.map((record) => record.publicId));
  });

  it.each([
    ['?side=russia', (record: FigureRecord) => record.claimant.side === 'russia'],
    [
      '?topic=casualties&kind=claim',
      (record: FigureRecord) => record.topic.slug === 'casualties' && record.kind === 'claim',
    ],
    ['?q=drones', (record: FigureRecord) => /drones?\b/i.test(record.quote)],
  ])('a filtered download (%s) holds exactly the matching figures', async (query, matches) => {
    const expected = records.filter(matches).map((record) => record.publicId);
    expect(expected.length).toBeGreaterThan(0);
    expect((await download(query)).map((row) => row.figure_id)).toEqual(expected);
    const json = (await (
      await getFiguresJson(new Request(`http://localhost/figures.json${query}`))
    ).json()) as { count: number };
    expect(json.count).toBe(expected.length);
  });
});
