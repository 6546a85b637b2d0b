import { SiteChrome } from '@/components/SiteChrome';
import { getDatasetRelease } from '@/db/queries/data-version';
import { requestDb } from '@/db/request-database';
import { formatPublished } from '@/lib/format/format-date';

// Rendered on first request, then served from the page cache until a load changes the data (per data version);
// after five minutes a request re-renders in the background, and a CDN may keep a copy that long.
export const revalidate = 300;

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const release = await getDatasetRelease(await requestDb());
  const data = { version: release.version, updated: formatPublished(release.releasedOn, 'day') };
  return <SiteChrome data={data}>{children}</SiteChrome>;
}
