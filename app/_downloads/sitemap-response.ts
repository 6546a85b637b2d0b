import type { Db } from '@/db/client';
import { getDatasetRelease } from '@/db/queries/data-version';
import { readSiteOrigin } from '@/lib/env';
import { downloadHeaders } from '@/lib/http/download-caching';
import { conditionalDownload } from './download-response';

/**
 * What every sitemap response needs: the configured origin, the day the data last changed (each address's
 * lastmod), and the validators, or the 304 that answers a current copy.
 */
export async function sitemapContext(request: Request, db: Db, resource: string) {
  const origin = readSiteOrigin();
  const { etag, notModified } = await conditionalDownload(request, db, [resource, origin]);
  const { loadedOn: lastmod } = await getDatasetRelease(db);
  return { origin, lastmod, etag, notModified };
}

export function xmlResponse(xml: string, etag: string): Response {
  return new Response(xml, {
    headers: downloadHeaders(etag, { 'content-type': 'application/xml; charset=utf-8' }),
  });
}
