import { getDatabase } from '@/db/app-database';
import { figureCsvResponse } from '@/lib/http/figure-csv-response';
import { parseFigureQueryOr400 } from '@/lib/http/invalid-query-response';

// Figures change whenever the seed does; never serve a copy frozen at build time.
export const dynamic = 'force-dynamic';

// GET /figures.csv – all figures, or those matching the /figures filters, as CSV with provenance in every row
export async function GET(request: Request) {
  const url = new URL(request.url);
  const { db } = await getDatabase();
  const parsed = await parseFigureQueryOr400(db, url, false);
  if (parsed.response) return parsed.response;
  return figureCsvResponse(db, parsed.query.filters, url.origin);
}
