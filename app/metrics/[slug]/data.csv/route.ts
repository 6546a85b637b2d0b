import { getMetricBySlug } from '@/db/queries/catalogue';
import { iterateFigureRecords } from '@/db/queries/figure-records';
import { getDatabase } from '@/db/app-database';
import { figureCsvLines } from '@/lib/csv/figure-csv';
import { csvFilename } from '@/lib/csv/csv-filename';
import { figureFilters } from '@/lib/figures/figure-filters';
import { textStream } from '@/lib/http/text-stream';

// Figures change whenever the seed does; never serve a copy frozen at build time.
export const dynamic = 'force-dynamic';

// GET /metrics/[slug]/data.csv – every figure the metric's page shows, as CSV
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { db } = await getDatabase();
  const found = await getMetricBySlug(db, (await params).slug);
  if (!found)
    return new Response('No metric has this slug.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const filters = figureFilters({ metric: [found.metric.slug] });
  const origin = new URL(request.url).origin;
  return new Response(textStream(figureCsvLines(iterateFigureRecords(db, filters), origin)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFilename(filters)}"`,
    },
  });
}
