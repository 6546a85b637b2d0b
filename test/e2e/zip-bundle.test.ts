import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Package } from 'datapackage';
import { unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('the ZIP bundle', () => {
  it('unzips to the figures CSV, a valid data package that describes it, a README and CITATION.cff', async () => {
    const response = await fetch(`${baseUrl}/contested-figures.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain('contested-figures.zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'CITATION.cff',
      'README.md',
      'corrections.csv',
      'datapackage.json',
      'figures.csv',
    ]);
    const text = (name: string) => new TextDecoder().decode(files[name]);

    expect(text('figures.csv')).toBe(await (await fetch(`${baseUrl}/figures.csv`)).text());
    expect(text('corrections.csv')).toBe(await (await fetch(`${baseUrl}/corrections.csv`)).text());
    const readme = text('README.md');
    expect(readme).toContain('Creative Commons Attribution 4.0');
    expect(readme).toMatch(/## Citation\n\nContested Figures \(\d{4}\)/);
    expect(readme).toContain('## Caveats');
    expect(readme).toContain(`${baseUrl}/sources/`);
    expect(text('CITATION.cff')).toMatch(
      /^cff-version: 1\.2\.0\n[\s\S]*type: dataset\n[\s\S]*version: "1\.\d+\.0"/,
    );

    // Unzipped, the package finds its CSV beside it, and the Frictionless library reads every row through the schema.
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'cf-bundle-'));
    try {
      for (const [name, bytes] of Object.entries(files))
        await fs.writeFile(path.join(directory, name), bytes);
      const dataPackage = await Package.load(path.join(directory, 'datapackage.json'));
      expect(dataPackage.errors.map(String)).toEqual([]);
      const rows = await dataPackage.getResource('figures')!.read({ keyed: true, cast: true });
      expect(rows.length).toBe(text('figures.csv').trimEnd().split('\r\n').length - 1);
    } finally {
      await fs.rm(directory, { recursive: true, force: true });
    }
  });
});
