import { Package } from 'datapackage';
import { Schema } from 'tableschema';
import { describe, expect, inject, it } from 'vitest';
import { formatPublished } from '@/lib/format/format-date';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';

const baseUrl = inject('baseUrl');
// The global server loads seeds/: its version is the newest release there.
const newest = (await readSeedDirectory('seeds')).releases.at(-1)!;

describe('the data package, checked by the Frictionless project’s own library', () => {
  it('is a valid tabular data package whose every CSV row passes its table schema', async () => {
    const dataPackage = await Package.load(`${baseUrl}/datapackage.json`);
    expect(dataPackage.errors.map(String)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    expect(dataPackage.descriptor).toMatchObject({
      profile: 'tabular-data-package',
      version: newest.version,
      last_updated: newest.date,
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      contributors: [expect.objectContaining({ role: 'publisher' })],
    });
    const figures = dataPackage.getResource('figures');
    expect(figures?.tabular).toBe(true);
    // Casting checks every value against its type and constraints (required, enum, minimum): one bad row throws.
    const rows = await figures!.read({ keyed: true, cast: true });
    const listed = (await (await fetch(`${baseUrl}/figures.json`)).json()) as { count: number };
    expect(rows).toHaveLength(listed.count);
    expect(new Set(rows.map((row) => row.figure_id)).size).toBe(rows.length);
  });

  it('states the same version in every page footer, with the day of its release and a link to what changed', async () => {
    const dataPackage = await Package.load(`${baseUrl}/datapackage.json`);
    const { version, last_updated } = dataPackage.descriptor as { version: string; last_updated: string };
    const day = formatPublished(last_updated, 'day');
    for (const path of ['/', '/about', '/figures', '/changes']) {
      const html = await (await fetch(`${baseUrl}${path}`)).text();
      expect(html.replace(/<!-- -->/g, '')).toContain(
        `Data version ${version}, last updated ${day} (<a href="/changes">what changed</a>).`,
      );
    }
  });

  it('refuses a row whose coded column is outside its list, so the check above can fail', async () => {
    const dataPackage = await Package.load(`${baseUrl}/datapackage.json`);
    const figures = dataPackage.getResource('figures')!;
    const { schema: schemaDescriptor } = figures.descriptor as { schema: { fields: { name: string }[] } };
    const schema = await Schema.load(schemaDescriptor);
    const [row] = (await figures.read({ cast: false })) as unknown as unknown[][];
    expect(() => schema.castRow(row!)).not.toThrow();
    const kind = schemaDescriptor.fields.findIndex((field) => field.name === 'kind');
    expect(() => schema.castRow(row!.map((value, i) => (i === kind ? 'rumour' : value)))).toThrow();
  });
});
