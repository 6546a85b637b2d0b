import { conditionalDownload } from '@/app/_downloads/download-response';
import { buildDataPackage } from '@/app/_downloads/data-package';
import { readSiteOrigin } from '@/lib/env';
import { getDatabase } from '@/db/app-database';
import { downloadHeaders } from '@/lib/http/download-caching';

// The package lists the current sources, so it is built per request like every other view.
export const dynamic = 'force-dynamic';

// GET /datapackage.json – a Frictionless Data Package describing the figures CSV, its sources, licence and citation
export async function GET(request: Request) {
  const origin = readSiteOrigin();
  const { db } = await getDatabase();
  // The citation names the year, so the package changes with it as well as with the data.
  const year = new Date().getUTCFullYear();
  const { etag, notModified } = await conditionalDownload(request, db, ['datapackage.json', origin, year]);
  if (notModified) return notModified;
  return Response.json(await buildDataPackage(db, origin), { headers: downloadHeaders(etag) });
}
