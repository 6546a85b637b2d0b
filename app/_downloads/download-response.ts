import type { Database, Db } from '@/db/client';
import { readSiteOrigin } from '@/lib/env';
import { getDataVersion } from '@/db/queries/data-version';
import { figureCsvLine, figureJsonLine } from '@/db/queries/figure-export-lines';
import { countFigureRecords } from '@/db/queries/figure-records';
import { streamFigureLines } from '@/db/queries/stream-figure-lines';
import { csvFilename } from '@/lib/csv/csv-filename';
import { figureCsvHeader } from '@/lib/csv/figure-csv';
import { normaliseFigureFilters, type FigureFilters } from '@/lib/figures/figure-filters';
import { startDownloadBody } from '@/lib/http/download-body';
import { matchesEtag } from '@/lib/http/response-cache.mjs';
import { downloadEtag, downloadHeaders, notModifiedResponse } from '@/lib/http/download-caching';

/** The data version downloads are tagged with: the one place they read it. */
export function downloadDataVersion(db: Db): Promise<number> {
  return getDataVersion(db);
}

/**
 * The entity tag of a download at the current data version, or the 304 that answers a request whose copy is
 * current. The version is read before the data, so a load in between can only make the bytes newer than the tag.
 */
export async function conditionalDownload(
  request: Request,
  db: Db,
  dependsOn: unknown,
): Promise<{ etag: string; notModified?: Response }> {
  const etag = downloadEtag(await downloadDataVersion(db), dependsOn);
  if (matchesEtag(request.headers.get('if-none-match'), etag)) {
    return { etag, notModified: notModifiedResponse(etag) };
  }
  return { etag };
}

async function streamedResponse(
  request: Request,
  chunks: AsyncGenerator<Uint8Array>,
  parts: { head: string; tail: string },
  headers: Headers,
): Promise<Response> {
  let body: ReadableStream<Uint8Array>;
  try {
    body = await startDownloadBody(chunks, parts.head, parts.tail, request.signal);
  } catch (error) {
    console.error(error);
    return Response.json(
      { error: 'The database did not answer, so nothing was sent. Try again in a moment.' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
  return new Response(body, { headers });
}

/** The tag of a figures download at the configured origin its URLs use, or the 304 for a current copy. */
function tagFigureDownload(request: Request, db: Db, resource: string, filters: FigureFilters) {
  const origin = readSiteOrigin();
  return conditionalDownload(request, db, [resource, origin, normaliseFigureFilters(filters)]).then(
    (tagged) => ({ ...tagged, origin }),
  );
}

/** The figures matching `filters` as a streamed CSV download, named after what it holds, with its validators. */
export async function figureCsvResponse(
  request: Request,
  database: Database,
  filters: FigureFilters,
): Promise<Response> {
  const { origin, etag, notModified } = await tagFigureDownload(request, database.db, 'figures.csv', filters);
  if (notModified) return notModified;
  return streamedResponse(
    request,
    streamFigureLines(database, figureCsvLine(origin), filters),
    { head: figureCsvHeader(), tail: '' },
    downloadHeaders(etag, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFilename(filters)}"`,
    }),
  );
}

// Every JSON record starts with ",\n"; the first one's comma is dropped here, so batches need no shared state.
async function* withoutFirstByte(chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of chunks) {
    yield first ? chunk.subarray(1) : chunk;
    first = false;
  }
}

/** The figures matching `filters` as a streamed JSON document: count, filters and the nested records. */
export async function figureJsonResponse(
  request: Request,
  database: Database,
  filters: FigureFilters,
): Promise<Response> {
  const { origin, etag, notModified } = await tagFigureDownload(
    request,
    database.db,
    'figures.json',
    filters,
  );
  if (notModified) return notModified;
  const count = await countFigureRecords(database.db, filters);
  return streamedResponse(
    request,
    withoutFirstByte(streamFigureLines(database, figureJsonLine(origin), filters)),
    { head: `{"count":${count},"filters":${JSON.stringify(filters)},"figures":[`, tail: '\n]}\n' },
    downloadHeaders(etag, { 'content-type': 'application/json; charset=utf-8' }),
  );
}
