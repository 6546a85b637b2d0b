import { countFigureRecords, iterateFigureRecords } from '@/db/queries/figure-records';
import { getDatabase } from '@/db/app-database';
import { figureJson } from '@/lib/figures/figure-json';
import { parseFigureQueryOr400 } from '@/lib/http/invalid-query-response';
import { textStream } from '@/lib/http/text-stream';

// Figures change whenever the seed does; never serve a copy frozen at build time.
export const dynamic = 'force-dynamic';

// GET /figures.json – the same figures as /figures.csv, with nested metric, claimant and source, plus count and filters
export async function GET(request: Request) {
  const url = new URL(request.url);
  const { db } = await getDatabase();
  const parsed = await parseFigureQueryOr400(db, url, false);
  if (parsed.response) return parsed.response;
  const { filters } = parsed.query;
  const count = await countFigureRecords(db, filters);
  async function* body() {
    yield `{"count":${count},"filters":${JSON.stringify(filters)},"figures":[`;
    let first = true;
    for await (const record of iterateFigureRecords(db, filters)) {
      yield `${first ? '' : ','}\n${JSON.stringify(figureJson(record, url.origin))}`;
      first = false;
    }
    yield '\n]}\n';
  }
  return new Response(textStream(body()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
