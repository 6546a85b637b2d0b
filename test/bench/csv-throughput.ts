import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { BenchData } from './bench-data';
import { sampleRss, treeRss } from './process-tree';

export interface Throughput {
  bytes: number;
  seconds: number;
}

export interface Export extends Throughput {
  status: number;
  idleRss: number;
  peakRss: number;
}

/** The rows and columns of the full /figures.csv, in its order, for COPY to write. */
function exportSelect(origin: string): string {
  return `select f.public_id, '${origin}/figures/' || f.public_id, t.name, m.name, m.slug, f.value_text, f.value,
      f.value_low, f.value_high, f.bound, f.unit, f.per, f.normalised_value, f.normalised_unit, f.period_start,
      f.period_end, f.kind, c.name, c.side, s.outlet, s.title, s.author, s.published_on, s.url, s.sha256, f.quote,
      f.quote_start, f.quote_end
    from figures f join metrics m on m.id = f.metric_id join topics t on t.id = m.topic_id
      join claimants c on c.id = f.claimant_id join sources s on s.id = f.source_id
    order by f.id`;
}

/** Downloads the full /figures.csv (at most 30 minutes) while sampling the server's RSS every 100 ms. */
export async function downloadFullCsv(origin: string, serverPid: number): Promise<Export> {
  const idleRss = treeRss(serverPid);
  const sampler = sampleRss(serverPid);
  const start = performance.now();
  let bytes = 0;
  try {
    const response = await fetch(`${origin}/figures.csv`, {
      headers: { 'accept-encoding': 'identity' },
      signal: AbortSignal.timeout(30 * 60_000),
    });
    const reader = response.body?.getReader();
    for (let read = await reader?.read(); read && !read.done; read = await reader?.read())
      bytes += read.value.length;
    return {
      status: response.status,
      bytes,
      seconds: (performance.now() - start) / 1000,
      idleRss,
      peakRss: sampler.stop(),
    };
  } finally {
    sampler.stop();
  }
}

/**
 * The yardstick for the export: the database writing the same rows as CSV itself. On PostgreSQL `COPY … TO
 * STDOUT` through postgres.js (what `psql \copy` does); on PGlite its `COPY … TO '/dev/blob'`, in this process.
 */
export async function copyThroughput(data: BenchData, origin: string): Promise<Throughput> {
  const copy = `copy (${exportSelect(origin)}) to %TARGET% with (format csv, header)`;
  const url = data.serverEnv.DATABASE_URL;
  const start = performance.now();
  if (url) {
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      let bytes = 0;
      for await (const chunk of await client.unsafe(copy.replace('%TARGET%', 'stdout')).readable()) {
        bytes += (chunk as Buffer).length;
      }
      return { bytes, seconds: (performance.now() - start) / 1000 };
    } finally {
      await client.end();
    }
  }
  const database = await data.open();
  try {
    const copyStart = performance.now();
    const result = (await database.db.execute(
      sql.raw(copy.replace('%TARGET%', `'/dev/blob'`)),
    )) as unknown as {
      blob?: Blob;
    };
    if (!result.blob) throw new Error('PGlite returned no blob from COPY … TO /dev/blob');
    return { bytes: result.blob.size, seconds: (performance.now() - copyStart) / 1000 };
  } finally {
    await database.close();
  }
}
