import { SiteChrome } from '@/components/SiteChrome';
import { getLatestDataVersion } from '@/db/queries/data-version';
import { requestDb } from '@/db/request-database';
import { formatPublished } from '@/lib/format/format-date';
import { datasetVersion } from '@/lib/site/dataset-version';

// Rendered on first request, then served from the page cache until a load changes the data (per data version);
// after five minutes a request re-renders in the background, and a CDN may keep a copy that long.
export const revalidate = 300;

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const version = await getLatestDataVersion(await requestDb());
  const data = {
    version: datasetVersion(version?.id),
    updated: version ? formatPublished(version.loadedAt.slice(0, 10), 'day') : 'never',
  };
  return <SiteChrome data={data}>{children}</SiteChrome>;
}
