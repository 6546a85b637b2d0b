import { iterateFigureRecords } from '@/db/queries/figure-records';
import { getDatabase } from '@/db/app-database';
import { figureCsvLines } from '@/lib/csv/figure-csv';
import { csvFilename } from '@/lib/csv/csv-filename';
import { parseFigureQueryOr400 } from '@/lib/http/invalid-query-response';
import { textStream } from '@/lib/http/text-stream';

// Figures change whenever the seed does; never serve a copy frozen at build time.
export const dynamic = 'force-dynamic';

// GET /figures.csv – all figures, or those matching the /figures filters, as CSV with provenance in every row
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseFigureQueryOr400(url, false);
  if (parsed.response) return parsed.response;
  const { filters } = parsed.query;
  const { db } = await getDatabase();
  return new Response(textStream(figureCsvLines(iterateFigureRecords(db, filters), url.origin)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFilename(filters)}"`,
    },
  });
}
