import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

export interface RouteBundle {
  route: string;
  gzipBytes: number;
  /** The budget: 60 kB on embeds, 150 kB on every other page (chart pages are the heavy ones). */
  budgetBytes: number;
}

const statsSchema = z.array(z.object({ route: z.string(), firstLoadChunkPaths: z.array(z.string()) }));

/** First-load JavaScript of each route of the last build, gzip level 9, from Next's route bundle stats. */
export function readBundleSizes(): RouteBundle[] {
  const file = path.join('.next', 'diagnostics', 'route-bundle-stats.json');
  const stats = statsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return stats.map(({ route, firstLoadChunkPaths }) => ({
    route,
    gzipBytes: firstLoadChunkPaths.reduce(
      (total, chunk) => total + gzipSync(fs.readFileSync(chunk), { level: 9 }).length,
      0,
    ),
    budgetBytes: route.startsWith('/embed') ? 60_000 : 150_000,
  }));
}
