import type { Db } from '@/db/client';
import { iterateFigureRecords } from '@/db/queries/figure-records';
import { csvFilename } from '@/lib/csv/csv-filename';
import { figureCsvLines } from '@/lib/csv/figure-csv';
import type { FigureFilters } from '@/lib/figures/figure-filters';
import { textStream } from './text-stream';

/** The figures matching `filters` as a streamed CSV download, named after what it holds. */
export function figureCsvResponse(db: Db, filters: FigureFilters, origin: string): Response {
  return new Response(textStream(figureCsvLines(iterateFigureRecords(db, filters), origin)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFilename(filters)}"`,
    },
  });
}
