import { describe, expect, inject, it } from 'vitest';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { expandJsonLd, typesIn } from '../support/expand-json-ld';

const baseUrl = inject('baseUrl');
const seeds = await readSeedDirectory('seeds');
const newest = seeds.releases.at(-1)!;
const schema = (type: string) => `https://schema.org/${type}`;

async function jsonLdOf(path: string): Promise<unknown[]> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) =>
    JSON.parse(match[1]!),
  );
}

describe('machine-readable pages (schema.org JSON-LD, expanded by a JSON-LD processor)', () => {
  it('a figure page is a Claim by who says so, in the archived article, with the quantity stated', async () => {
    const figures = (await (await fetch(`${baseUrl}/figures.json`)).json()) as {
      figures: { id: string; value: number | null; claimant: { name: string } }[];
    };
    const figure = figures.figures.find((candidate) => candidate.value !== null)!;
    const [claim] = await jsonLdOf(`/figures/${figure.id}`);
    const expanded = await expandJsonLd(claim);
    expect(expanded[0]!['@type']).toEqual([schema('Claim')]);
    expect(typesIn(expanded)).toEqual(
      expect.arrayContaining([schema('CreativeWork'), schema('QuantitativeValue')]),
    );
    expect(claim).toMatchObject({
      url: `${baseUrl}/figures/${figure.id}`,
      author: { name: figure.claimant.name },
      mainEntity: { '@type': 'QuantitativeValue', value: figure.value },
    });
  });

  it('the home page describes the Dataset too', async () => {
    const [dataset] = await jsonLdOf('/');
    expect((await expandJsonLd(dataset))[0]!['@type']).toEqual([schema('Dataset')]);
  });

  it('the about page describes the Dataset with its downloads, licence, version and last change', async () => {
    const [dataset] = await jsonLdOf('/about');
    const expanded = await expandJsonLd(dataset);
    expect(expanded[0]!['@type']).toEqual([schema('Dataset')]);
    expect(typesIn(expanded)).toContain(schema('DataDownload'));
    expect(dataset).toMatchObject({
      license: 'https://creativecommons.org/licenses/by/4.0/',
      version: newest.version,
      dateModified: newest.date,
      temporalCoverage: expect.stringMatching(/^\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/),
    });
  });

  it('a metric page describes its chart’s data as a Dataset: what it measures, in which unit, and its CSV', async () => {
    const metric = seeds.metrics[0]!;
    const [dataset] = await jsonLdOf(`/metrics/${metric.slug}`);
    const expanded = await expandJsonLd(dataset);
    expect(expanded[0]!['@type']).toEqual([schema('Dataset')]);
    expect(typesIn(expanded)).toEqual(
      expect.arrayContaining([schema('PropertyValue'), schema('DataDownload')]),
    );
    expect(dataset).toMatchObject({
      url: `${baseUrl}/metrics/${metric.slug}`,
      version: newest.version,
      variableMeasured: { name: metric.name, unitText: metric.unit },
      distribution: [{ contentUrl: `${baseUrl}/metrics/${metric.slug}/data.csv` }],
      isPartOf: { '@type': 'Dataset', url: baseUrl },
    });
  });
});
