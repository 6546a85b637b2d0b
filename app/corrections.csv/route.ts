import { conditionalDownload } from '@/app/_downloads/download-response';
import { getDatabase } from '@/db/app-database';
import { listCorrectionLog } from '@/db/queries/corrections';
import { correctionsCsv } from '@/lib/corrections/corrections-csv';
import { readSiteOrigin } from '@/lib/env';
import { downloadHeaders } from '@/lib/http/download-caching';

// The log follows the loaded data, so it is built per request and tagged with the data version.
export const dynamic = 'force-dynamic';

// GET /corrections.csv – every correction and retraction, newest first: the data package's corrections resource
export async function GET(request: Request) {
  const origin = readSiteOrigin();
  const { db } = await getDatabase();
  const { etag, notModified } = await conditionalDownload(request, db, ['corrections.csv', origin]);
  if (notModified) return notModified;
  return new Response(correctionsCsv(await listCorrectionLog(db), origin), {
    headers: downloadHeaders(etag, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="contested-figures-corrections.csv"',
    }),
  });
}
