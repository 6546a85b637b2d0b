import { parseFigureQueryOr400 } from '@/app/_downloads/parse-figure-query';
import { figureCsvResponse } from '@/app/_downloads/download-response';
import { getDatabase } from '@/db/app-database';

// Figures change whenever the seed does; never serve a copy frozen at build time.
export const dynamic = 'force-dynamic';

// GET /figures.csv – all figures, or those matching the /figures filters, as CSV with provenance in every row
export async function GET(request: Request) {
  const database = await getDatabase();
  const parsed = await parseFigureQueryOr400(database.db, new URL(request.url), false);
  if (parsed.response) return parsed.response;
  return figureCsvResponse(request, database, parsed.query.filters);
}
