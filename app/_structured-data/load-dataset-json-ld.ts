import type { Db } from '@/db/client';
import { getFigurePeriodSpan, getLatestDataVersion } from '@/db/queries/data-version';
import { readSiteOrigin } from '@/lib/env';
import { datasetVersion } from '@/lib/site/dataset-version';
import { datasetJsonLd } from '@/lib/site/structured-data';

/** The schema.org Dataset the home and about pages carry, from the current data version. */
export async function loadDatasetJsonLd(db: Db) {
  const [version, span] = await Promise.all([getLatestDataVersion(db), getFigurePeriodSpan(db)]);
  return datasetJsonLd({
    origin: readSiteOrigin(),
    version: datasetVersion(version?.id),
    dateModified: (version ? new Date(version.loadedAt) : new Date(0)).toISOString().slice(0, 10),
    temporalCoverage: span.first && span.last ? `${span.first}/${span.last}` : undefined,
  });
}
