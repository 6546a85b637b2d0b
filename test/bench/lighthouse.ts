import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { z } from 'zod';
import { onCleanup } from './cleanup';
import { stopProcessGroup } from './process-tree';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  totalBlockingTime: number;
}

export type LighthouseResult = LighthouseScores | { path: string; error: string };

const reportSchema = z.object({
  categories: z.object({
    performance: z.object({ score: z.number().nullable() }),
    accessibility: z.object({ score: z.number().nullable() }),
  }),
  audits: z.object({ 'total-blocking-time': z.object({ numericValue: z.number().optional() }) }),
});

/**
 * Lighthouse's mobile audit (its default: emulated phone, simulated slow 4G and 4× CPU slowdown) of one page,
 * in its own process with headless Chromium, stopped after 3 minutes.
 */
export async function runLighthouse(origin: string, pagePath: string): Promise<LighthouseScores> {
  const child = spawn(
    process.execPath,
    [
      path.join('node_modules', 'lighthouse', 'cli', 'index.js'),
      origin + pagePath,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility',
      '--chrome-flags=--no-sandbox --headless=new --disable-gpu',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = onCleanup(`lighthouse (pid ${child.pid})`, () => stopProcessGroup(child));
  const timer = setTimeout(() => void stop(), 180_000);
  const output: Buffer[] = [];
  const errors: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  await stop();
  if (code !== 0) {
    const lastLine = Buffer.concat(errors).toString().trim().split('\n').at(-1);
    throw new Error(code === null ? 'stopped after 3 minutes' : `exit ${code}: ${lastLine}`);
  }
  const report = reportSchema.parse(JSON.parse(Buffer.concat(output).toString()));
  return {
    path: pagePath,
    performance: Math.round((report.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility.score ?? 0) * 100),
    totalBlockingTime: report.audits['total-blocking-time'].numericValue ?? 0,
  };
}
