import { figureCsvResponse } from '@/app/_downloads/download-response';
import { getDatabase } from '@/db/app-database';
import { getMetricBySlug } from '@/db/queries/catalogue';
import { figureFilters } from '@/lib/figures/figure-filters';

// Figures change whenever the seed does; never serve a copy frozen at build time.
export const dynamic = 'force-dynamic';

// GET /metrics/[slug]/data.csv – every figure the metric's chart shows, as CSV
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const database = await getDatabase();
  const found = await getMetricBySlug(database.db, (await params).slug);
  if (!found) {
    return new Response('No metric has this slug.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return figureCsvResponse(request, database, figureFilters({ metric: [found.metric.slug] }));
}
