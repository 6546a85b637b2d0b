import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getFiguresCsv } from '@/app/figures.csv/route';
import { GET as getFiguresJson } from '@/app/figures.json/route';
import { useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { loadSeedDirectory } from '@/db/load-seed';
import { csvText } from '@/db/queries/figure-export-lines';
import { iterateFigureRecords, type FigureRecord } from '@/db/queries/figure-records';
import { csvTextCell } from '@/lib/csv/csv-cell';
import { figureCsvHeader, figureCsvRow } from '@/lib/csv/figure-csv';
import { figureFilters } from '@/lib/figures/figure-filters';
import { figureJson } from '@/lib/figures/figure-json';
import { fixtureSeedDir, openTestDatabase } from '../support/test-database';

let database: Database;
let records: FigureRecord[];

// The database writes the exported cells; the JS formatters in lib/ state the rules. Awkward text and doubles
// whose text differs between JS and Postgres (1e+21, 1.5e-07, and either side of where Postgres starts writing an
// exponent: 1e15, 999999999999999, 0.0001) must come out the same from both.
beforeAll(async () => {
  database = await openTestDatabase();
  await loadSeedDirectory(database.db, fixtureSeedDir);
  await database.db.execute(sql`
    update metrics set name = '=Drone output, "daily"' where slug = 'drone-output'`);
  await database.db.execute(sql`
    update claimants set name = E'@minister\tof defence' where slug in (
      select c.slug from claimants c join figures f on f.claimant_id = c.id where f.public_id = 'drones-per-day-minister')`);
  await database.db.execute(sql`
    update sources set title = E'-Sample\r\nDispatch', outlet = 'Outlet, The'`);
  await database.db.execute(sql`
    update figures set value = 1e21, value_low = '-0'::float8, normalised_value = 1e15, normalised_unit = 'USD',
      normalised_per = 'year' where public_id = 'us-aid-sent-kiel'`);
  await database.db.execute(sql`
    update figures set value = 1.5e-7, value_low = 1.5e-7, value_high = 999999999999999,
      normalised_value = 100::float8 / 3,
      quote = E'=SUM(A1)\nnext, "line"', quote_end = quote_start + char_length(E'=SUM(A1)\nnext, "line"')
    where public_id = 'drones-per-day-minister'`);
  await database.db.execute(sql`
    update figures set value = 0.1::float8 + 0.2::float8, value_low = 0.0001, value_high = 0.5,
      normalised_value = 755000000,
      note = E'a "note"\twith \\ and \u0001 in it'
    where public_id = 'drones-per-day-target-minister'`);
  useDatabase(database);
  records = [];
  for await (const record of iterateFigureRecords(database.db, figureFilters())) records.push(record);
});
afterAll(() => database.close());

describe('the exported bytes', () => {
  it('/figures.csv is exactly what the CSV rules give for every figure', async () => {
    const response = await getFiguresCsv(new Request('http://localhost/figures.csv'));
    const expected =
      figureCsvHeader() +
      records.map((record) => figureCsvRow(record, 'https://figures.example.org')).join('');
    expect(expected).toContain('1000000000000000000000,');
    expect(expected).toContain('0.00000015,');
    for (const plain of [',1000000000000000,', ',999999999999999,', ',0.0001,'])
      expect(expected).toContain(plain);
    expect(await response.text()).toBe(expected);
  });

  it('/figures.json holds exactly the records of the JSON rules, in the same key order', async () => {
    const response = await getFiguresJson(new Request('http://localhost/figures.json'));
    const body = (await response.json()) as { count: number; figures: unknown[] };
    expect(body.count).toBe(records.length);
    expect(JSON.stringify(body.figures)).toBe(
      JSON.stringify(records.map((record) => figureJson(record, 'https://figures.example.org'))),
    );
  });
});

describe('the formula guard in the database and in JavaScript', () => {
  it('writes the same cell for any text, formula starts and invisible leads included', async () => {
    const lead = fc.constantFrom('', ' ', '\u00a0', '\u3000', '\ufeff', '\u200b', '\t', '\n');
    const start = fc.constantFrom('', '=', '+', '-', '@', '|', '＝', '－', '﹦', '−', '"', ',', '\r');
    // PostgreSQL text cannot hold NUL.
    const rest = fc.string({ unit: 'binary', maxLength: 20 }).map((text) => text.replaceAll('\0', ''));
    const texts = fc.sample(
      fc.tuple(lead, start, rest).map((parts) => parts.join('')),
      { numRuns: 400, seed: 7 },
    );
    const rows = sql.join(
      texts.map((text, index) => sql`(${index}::int, ${text}::text)`),
      sql`, `,
    );
    const result = await database.db.execute(
      // Behind a marker: a text decoder drops a BOM at the very start of a value it reads back.
      sql`select '>' || ${csvText(sql`t.text`)} as cell from (values ${rows}) as t(n, text) order by t.n`,
    );
    const cells = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      cell: string;
    }[];
    const differing = texts.flatMap((text, index) =>
      cells[index]?.cell === `>${csvTextCell(text)}`
        ? []
        : [{ text, database: cells[index]?.cell, js: csvTextCell(text) }],
    );
    expect(differing).toEqual([]);
  });
});
