import { Package } from 'datapackage';
import { Schema } from 'tableschema';
import { describe, expect, inject, it } from 'vitest';
import { formatPublished } from '@/lib/format/format-date';

const baseUrl = inject('baseUrl');

describe('the data package, checked by the Frictionless project’s own library', () => {
  it('is a valid tabular data package whose every CSV row passes its table schema', async () => {
    const dataPackage = await Package.load(`${baseUrl}/datapackage.json`);
    expect(dataPackage.errors.map(String)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    expect(dataPackage.descriptor).toMatchObject({
      profile: 'tabular-data-package',
      version: expect.stringMatching(/^1\.\d+\.0$/),
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

  it('states the same version in every page footer, with the day the data was last loaded', async () => {
    const dataPackage = await Package.load(`${baseUrl}/datapackage.json`);
    const { version, created } = dataPackage.descriptor as { version: string; created: string };
    const day = formatPublished(created.slice(0, 10), 'day');
    for (const path of ['/', '/about', '/figures']) {
      const html = await (await fetch(`${baseUrl}${path}`)).text();
      expect(html.replace(/<!-- -->/g, '')).toContain(`Data version ${version}, last updated ${day}.`);
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
