import type { FigureRecord } from '@/db/queries/figure-records';
import { isoAtPrecision } from '@/lib/csv/figure-csv';
import { sourceTitle } from '@/lib/figures/name-source';

/**
 * Schema.org descriptions of the site's data, written into pages as JSON-LD for search engines and fact-check
 * aggregators. Pure: given records and the configured origin, never a request header.
 */

type JsonLd = Record<string, unknown>;

const licence = 'https://creativecommons.org/licenses/by/4.0/';
const publisher = (origin: string) => ({ '@type': 'Organization', name: 'Contested Figures', url: origin });

/** The whole dataset, with its downloads, for the home and about pages. */
export function datasetJsonLd({
  origin,
  version,
  dateModified,
  temporalCoverage,
}: {
  origin: string;
  version: string;
  /** YYYY-MM-DD of the current release */
  dateModified: string;
  /** ISO 8601 interval of the figures' periods, e.g. 2021-01-01/2025-03-31 */
  temporalCoverage?: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Contested Figures: quantitative claims about the Russia–Ukraine war, with provenance',
    description:
      'Every quantitative claim in the archived source articles, with who claims it, the outlet that reported it, the period it refers to, its bounds, and the verbatim quote it came from.',
    url: origin,
    license: licence,
    creator: publisher(origin),
    publisher: publisher(origin),
    version,
    dateModified,
    ...(temporalCoverage ? { temporalCoverage } : {}),
    spatialCoverage: { '@type': 'Place', name: 'Ukraine and Russia' },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${origin}/figures.csv` },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${origin}/figures.json` },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/vnd.datapackage+json',
        contentUrl: `${origin}/datapackage.json`,
      },
    ],
  };
}

/**
 * One metric's chart data as a Dataset within the whole: what it measures (`variableMeasured`, in the metric's
 * unit), its CSV, and the release it is part of.
 */
export function metricDatasetJsonLd({
  origin,
  metric,
  topicName,
  version,
  dateModified,
  temporalCoverage,
}: {
  origin: string;
  metric: { slug: string; name: string; definition: string; unit: string };
  topicName: string;
  version: string;
  /** YYYY-MM-DD of the current release */
  dateModified: string;
  /** ISO 8601 interval of the metric's figures' periods */
  temporalCoverage?: string;
}): JsonLd {
  const url = `${origin}/metrics/${metric.slug}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${metric.name}: every claim, side by side, with its source`,
    description: metric.definition,
    url,
    keywords: [topicName, metric.name],
    license: licence,
    creator: publisher(origin),
    publisher: publisher(origin),
    version,
    dateModified,
    ...(temporalCoverage ? { temporalCoverage } : {}),
    variableMeasured: { '@type': 'PropertyValue', name: metric.name, unitText: metric.unit },
    isPartOf: { '@type': 'Dataset', name: 'Contested Figures', url: origin },
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${url}/data.csv` }],
  };
}

/** The value as a QuantitativeValue: the number in the metric's unit, with its bounds when the text gives them. */
function quantity(record: FigureRecord): JsonLd {
  return {
    '@type': 'QuantitativeValue',
    ...(record.value !== null ? { value: record.value } : {}),
    ...(record.valueLow !== null ? { minValue: record.valueLow } : {}),
    ...(record.valueHigh !== null ? { maxValue: record.valueHigh } : {}),
    unitText: record.per ? `${record.unit} per ${record.per}` : record.unit,
    description: record.valueText,
  };
}

/** One figure as a Claim: who made it, in which archived article, the sentence and the quantity stated. */
export function claimJsonLd(record: FigureRecord, origin: string): JsonLd {
  const published = isoAtPrecision(record.source.publishedOn, record.source.publishedPrecision);
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: `${origin}/figures/${record.publicId}`,
    name: `${record.metric.name}: ${record.valueText}`,
    text: record.quote,
    author: {
      '@type': record.claimant.kind === 'person' ? 'Person' : 'Organization',
      name: record.claimant.name,
    },
    appearance: {
      '@type': 'CreativeWork',
      name: sourceTitle(record.source),
      url: `${origin}/sources/${record.source.slug}`,
      ...(record.source.url ? { sameAs: record.source.url } : {}),
      ...(record.source.outlet ? { publisher: { '@type': 'Organization', name: record.source.outlet } } : {}),
      ...(record.source.author ? { author: { '@type': 'Person', name: record.source.author } } : {}),
      ...(published ? { datePublished: published } : {}),
    },
    ...(published ? { datePublished: published } : {}),
    about: { '@type': 'Thing', name: record.metric.name, url: `${origin}/metrics/${record.metric.slug}` },
    ...(record.periodStart || record.periodEnd
      ? { temporalCoverage: `${record.periodStart ?? '..'}/${record.periodEnd ?? '..'}` }
      : {}),
    mainEntity: quantity(record),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
