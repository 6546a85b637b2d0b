import { conditionalDownload } from '@/app/_downloads/download-response';
import { getDatabase } from '@/db/app-database';
import { listCorrectionLog } from '@/db/queries/corrections';
import { buildCorrectionsFeed } from '@/lib/corrections/corrections-feed';
import { readSiteOrigin } from '@/lib/env';
import { downloadHeaders } from '@/lib/http/download-caching';

// The feed follows the loaded data, so it is built per request and tagged with the data version.
export const dynamic = 'force-dynamic';

// GET /corrections.xml – every correction and retraction, newest first, as an Atom feed
export async function GET(request: Request) {
  const origin = readSiteOrigin();
  const { db } = await getDatabase();
  const { etag, notModified } = await conditionalDownload(request, db, ['corrections.xml', origin]);
  if (notModified) return notModified;
  const feed = buildCorrectionsFeed(await listCorrectionLog(db), origin);
  return new Response(feed, {
    headers: downloadHeaders(etag, { 'content-type': 'application/atom+xml; charset=utf-8' }),
  });
}
