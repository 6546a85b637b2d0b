import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { buildDataPackage } from '@/app/_downloads/data-package';
import { conditionalDownload, figureCsvResponse } from '@/app/_downloads/download-response';
import { getDatabase } from '@/db/app-database';
import { listCorrectionLog } from '@/db/queries/corrections';
import { correctionsCsv } from '@/lib/corrections/corrections-csv';
import { readSiteOrigin } from '@/lib/env';
import { figureFilters } from '@/lib/figures/figure-filters';
import { downloadHeaders } from '@/lib/http/download-caching';
import { bundleReadme, citationCff } from '@/lib/site/bundle-texts';

export const dynamic = 'force-dynamic';

const encoder = new TextEncoder();

// GET /contested-figures.zip – the whole dataset in one file: figures.csv, corrections.csv, datapackage.json, README.md, CITATION.cff
export async function GET(request: Request) {
  const origin = readSiteOrigin();
  const database = await getDatabase();
  const year = new Date().getUTCFullYear();
  const { etag, notModified } = await conditionalDownload(request, database.db, [
    'contested-figures.zip',
    origin,
    year,
  ]);
  if (notModified) return notModified;
  // The CSV download itself, asked for afresh: it checks its first rows before anything is sent, so a database
  // failure is a 503 here too, never a broken ZIP.
  const csv = await figureCsvResponse(
    new Request(request.url, { signal: request.signal }),
    database,
    figureFilters(),
  );
  if (!csv.ok || !csv.body) return csv;
  const [dataPackage, corrections] = await Promise.all([
    buildDataPackage(database.db, origin, { figures: 'figures.csv', corrections: 'corrections.csv' }),
    listCorrectionLog(database.db),
  ]);
  const facts = {
    origin,
    version: dataPackage.version,
    created: dataPackage.created,
    citation: dataPackage.citation,
    sources: dataPackage.sources,
  };
  const rows = csv.body.getReader();
  let zip: Zip;
  let figuresFile: ZipDeflate;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      const small = (name: string, text: string) => {
        const file = new ZipPassThrough(name);
        zip.add(file);
        file.push(encoder.encode(text), true);
      };
      small('corrections.csv', correctionsCsv(corrections, origin));
      small('datapackage.json', `${JSON.stringify(dataPackage, null, 2)}\n`);
      small('README.md', bundleReadme(facts));
      small('CITATION.cff', citationCff(facts));
      figuresFile = new ZipDeflate('figures.csv', { level: 6 });
      zip.add(figuresFile);
    },
    // One chunk of the CSV per pull, so the archive is written as fast as the reader takes it.
    async pull() {
      const { done, value } = await rows.read();
      if (done) {
        figuresFile.push(new Uint8Array(0), true);
        zip.end();
      } else figuresFile.push(value);
    },
    cancel(reason) {
      return rows.cancel(reason);
    },
  });
  return new Response(body, {
    headers: downloadHeaders(etag, {
      'content-type': 'application/zip',
      'content-disposition': 'attachment; filename="contested-figures.zip"',
    }),
  });
}
