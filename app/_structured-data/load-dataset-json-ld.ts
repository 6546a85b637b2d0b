import type { Db } from '@/db/client';
import { getDatasetRelease, getFigurePeriodSpan } from '@/db/queries/data-version';
import { readSiteOrigin } from '@/lib/env';
import { datasetJsonLd } from '@/lib/site/structured-data';

/** The schema.org Dataset the home and about pages carry, from the current data version. */
export async function loadDatasetJsonLd(db: Db) {
  const [release, span] = await Promise.all([getDatasetRelease(db), getFigurePeriodSpan(db)]);
  return datasetJsonLd({
    origin: readSiteOrigin(),
    version: release.version,
    dateModified: release.loadedOn,
    temporalCoverage: span.first && span.last ? `${span.first}/${span.last}` : undefined,
  });
}
