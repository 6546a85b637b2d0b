import { conditionalDownload } from '@/app/_downloads/download-response';
import { readSiteOrigin } from '@/lib/env';
import { getDatabase } from '@/db/app-database';
import { listSourceSummaries } from '@/db/queries/sources';
import { getLatestDataVersion } from '@/db/queries/data-version';
import { boundKind, figureKind, ratePer, side } from '@/db/schema';
import { figureTableSchema } from '@/lib/csv/figure-csv-fields';
import { datasetVersion } from '@/lib/site/dataset-version';
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
  const [sources, version] = await Promise.all([listSourceSummaries(db), getLatestDataVersion(db)]);
  const dataPackage = {
    profile: 'tabular-data-package',
    name: 'contested-figures',
    title: 'Contested Figures: quantitative claims about the Russia–Ukraine war, with provenance',
    description:
      'Every quantitative claim in the archived source articles, with who claims it, the outlet that reported it, the period it refers to, its bounds, and the verbatim quote anchored by code-point offsets into the archived text.',
    homepage: origin,
    version: datasetVersion(version?.id),
    created: new Date(version?.loadedAt ?? 0).toISOString(),
    contributors: [{ title: 'Contested Figures', role: 'publisher', path: origin }],
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
        profile: 'tabular-data-resource',
        name: 'figures',
        title: 'All figures',
        path: `${origin}/figures.csv`,
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
    ],
  };
  return Response.json(dataPackage, { headers: downloadHeaders(etag) });
}
