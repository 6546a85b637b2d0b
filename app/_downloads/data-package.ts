import type { Db } from '@/db/client';
import { getDatasetRelease } from '@/db/queries/data-version';
import { listSourceSummaries } from '@/db/queries/sources';
import { boundKind, figureKind, ratePer, side } from '@/db/schema';
import { correctionsCsvFields } from '@/lib/corrections/corrections-csv';
import { figureTableSchema } from '@/lib/csv/figure-csv-fields';
import { isoAtPrecision } from '@/lib/csv/figure-csv';
import { sourceTitle } from '@/lib/figures/name-source';

/** The citation of the whole dataset, as the data package, its bundle's README and CITATION.cff give it. */
function datasetCitation(origin: string, release: { version: string; releasedOn: string }): string {
  return `Contested Figures (${release.releasedOn.slice(0, 4)}). Quantitative claims about the Russia–Ukraine war, with provenance. Version ${release.version}. ${origin}/datapackage.json. Cite a single figure by its permalink, ${origin}/figures/<figure_id>.`;
}

/**
 * The Frictionless Data Package of the figures: the CSV as a tabular resource with its table schema, the sources,
 * licence, citation, version and when the data was loaded, and the corrections log. `paths` say where the CSVs
 * are: the site's downloads, or the files beside the package in the ZIP bundle.
 */
export async function buildDataPackage(
  db: Db,
  origin: string,
  paths = { figures: `${origin}/figures.csv`, corrections: `${origin}/corrections.csv` },
) {
  const [sources, release] = await Promise.all([listSourceSummaries(db), getDatasetRelease(db)]);
  return {
    profile: 'tabular-data-package',
    name: 'contested-figures',
    title: 'Contested Figures: quantitative claims about the Russia–Ukraine war, with provenance',
    description:
      'Every quantitative claim in the archived source articles, with who claims it, the outlet that reported it, the period it refers to, its bounds, and the verbatim quote anchored by code-point offsets into the archived text.',
    homepage: origin,
    version: release.version,
    created: release.loadedAt,
    // Not a Frictionless property: the day of the release this version is, as the footer says "last updated".
    last_updated: release.releasedOn,
    changes: `${origin}/changes`,
    contributors: [{ title: 'Contested Figures', role: 'publisher', path: origin }],
    licenses: [
      {
        name: 'CC-BY-4.0',
        title:
          'Creative Commons Attribution 4.0 (the compilation); quotes remain the copyright of their publishers',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    citation: datasetCitation(origin, release),
    sources: sources.map((source) => ({
      title: source.title
        ? [source.title, source.outlet, isoAtPrecision(source.publishedOn, source.publishedPrecision)]
            .filter(Boolean)
            .join(', ')
        : sourceTitle(source),
      path: `${origin}/sources/${source.slug}`,
    })),
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'figures',
        title: 'All figures',
        path: paths.figures,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        description:
          'One row per figure. The same filters as /figures select a subset: /figures.csv?topic=casualties&side=russia. A text cell that would start a spreadsheet formula (= + - @ | or their full-width forms, after any leading spaces, or a control character) is prefixed with an apostrophe.',
        schema: figureTableSchema({
          bound: boundKind.enumValues,
          kind: figureKind.enumValues,
          per: ratePer.enumValues,
          side: side.enumValues,
        }),
      },
      {
        profile: 'tabular-data-resource',
        name: 'corrections',
        title: 'Corrections and retractions',
        path: paths.corrections,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        description:
          'One row per corrected field or retracted figure, newest first. A retracted figure is no longer in the figures resource.',
        schema: { fields: correctionsCsvFields, missingValues: [''] },
      },
    ],
  };
}
