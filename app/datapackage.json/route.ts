import { conditionalDownload } from '@/app/_downloads/download-response';
import { readSiteOrigin } from '@/lib/env';
import { getDatabase } from '@/db/app-database';
import { listSourceSummaries } from '@/db/queries/sources';
import { correctionsCsvFields } from '@/lib/corrections/corrections-csv';
import { figureCsvFields } from '@/lib/csv/figure-csv-fields';
import { isoAtPrecision } from '@/lib/csv/figure-csv';
import { sourceTitle } from '@/lib/figures/name-source';
import { downloadHeaders } from '@/lib/http/download-caching';

// The package lists the current sources, so it is built per request like every other view.
export const dynamic = 'force-dynamic';

// GET /datapackage.json – a Frictionless Data Package describing the figures CSV, its sources, licence and citation
export async function GET(request: Request) {
  const origin = readSiteOrigin();
  const { db } = await getDatabase();
  const year = new Date().getUTCFullYear();
  // The citation names the year, so the package changes with it as well as with the data.
  const { etag, notModified } = await conditionalDownload(request, db, ['datapackage.json', origin, year]);
  if (notModified) return notModified;
  const sources = await listSourceSummaries(db);
  const dataPackage = {
    profile: 'tabular-data-package',
    name: 'contested-figures',
    title: 'Contested Figures: quantitative claims about the Russia–Ukraine war, with provenance',
    description:
      'Every quantitative claim in the archived source articles, with who claims it, the outlet that reported it, the period it refers to, its bounds, and the verbatim quote anchored by code-point offsets into the archived text.',
    homepage: origin,
    version: '1.0.0',
    licenses: [
      {
        name: 'CC-BY-4.0',
        title:
          'Creative Commons Attribution 4.0 (the compilation); quotes remain the copyright of their publishers',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    citation: `Contested Figures (${year}). Quantitative claims about the Russia–Ukraine war, with provenance. ${origin}/datapackage.json. Cite a single figure by its permalink, ${origin}/figures/<figure_id>.`,
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
        name: 'figures',
        title: 'All figures',
        path: `${origin}/figures.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        description:
          'One row per figure. The same filters as /figures select a subset: /figures.csv?topic=casualties&side=russia. Text cells beginning with = + - @ tab or carriage return are prefixed with an apostrophe.',
        schema: { fields: figureCsvFields, primaryKey: 'figure_id', missingValues: [''] },
      },
      {
        name: 'corrections',
        title: 'Corrections and retractions',
        path: `${origin}/corrections.csv`,
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
  return Response.json(dataPackage, { headers: downloadHeaders(etag) });
}
