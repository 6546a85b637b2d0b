import type { Db } from '@/db/client';
import { getDatasetRelease, getFigurePeriodSpan } from '@/db/queries/data-version';
import { readSiteOrigin } from '@/lib/env';
import type { Metric } from '@/db/schema';
import { datasetJsonLd, metricDatasetJsonLd } from '@/lib/site/structured-data';

/** The schema.org Dataset the home and about pages carry, from the current data version. */
export async function loadDatasetJsonLd(db: Db) {
  const [release, span] = await Promise.all([getDatasetRelease(db), getFigurePeriodSpan(db)]);
  return datasetJsonLd({
    origin: readSiteOrigin(),
    version: release.version,
    dateModified: release.releasedOn,
    temporalCoverage: span.first && span.last ? `${span.first}/${span.last}` : undefined,
  });
}

/** The schema.org Dataset of one metric's chart, for its page: `span` is the time the chart covers, if known. */
export async function loadMetricDatasetJsonLd(
  db: Db,
  metric: Metric,
  topicName: string,
  span: { first: string; last: string } | null,
) {
  const release = await getDatasetRelease(db);
  return metricDatasetJsonLd({
    origin: readSiteOrigin(),
    metric,
    topicName,
    version: release.version,
    dateModified: release.releasedOn,
    temporalCoverage: span ? `${span.first}/${span.last}` : undefined,
  });
}
