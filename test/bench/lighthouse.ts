import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { z } from 'zod';
import { onCleanup } from './cleanup';
import { stopProcessGroup } from './process-tree';

const numericAudit = z.object({ numericValue: z.number().optional() });

// The parts of a Lighthouse report the bench reads; computeMedianRun reads first-contentful-paint and interactive.
const reportSchema = z.object({
  categories: z.object({
    performance: z.object({ score: z.number().nullable() }),
    accessibility: z.object({ score: z.number().nullable() }),
  }),
  audits: z.object({
    'first-contentful-paint': numericAudit,
    interactive: numericAudit,
    'total-blocking-time': numericAudit,
  }),
});

export type LighthouseReport = z.infer<typeof reportSchema>;

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  totalBlockingTime: number;
}

/** What a page scored over several runs: the median run as Lighthouse picks it, and the spread of every run. */
export interface LighthouseSummary {
  path: string;
  runs: number;
  failures: string[];
  median: LighthouseScores;
  performance: { lowest: number; highest: number };
  lowestAccessibility: number;
}

export type LighthouseResult = LighthouseSummary | { path: string; error: string };

function scoresOf(report: LighthouseReport): LighthouseScores {
  return {
    performance: Math.round((report.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility.score ?? 0) * 100),
    totalBlockingTime: report.audits['total-blocking-time'].numericValue ?? 0,
  };
}

/**
 * One page's runs summarised. A single run's score moves by several points with what the machine is doing, so
 * Lighthouse's own advice is the median of five: the run nearest the median first paint and time to interactive
 * (its computeMedianRun), not the median score.
 */
export function summariseRuns(
  path: string,
  reports: LighthouseReport[],
  failures: string[],
): LighthouseResult {
  if (reports.length === 0) return { path, error: failures.at(-1) ?? 'no run' };
  // computeMedianRun is typed for a whole report but reads only the two audits the schema keeps.
  const median = computeMedianRun(
    reports as unknown as Parameters<typeof computeMedianRun>[0],
  ) as unknown as LighthouseReport;
  const scores = reports.map(scoresOf);
  const performances = scores.map((run) => run.performance);
  return {
    path,
    runs: reports.length,
    failures,
    median: scoresOf(median),
    performance: { lowest: Math.min(...performances), highest: Math.max(...performances) },
    lowestAccessibility: Math.min(...scores.map((run) => run.accessibility)),
  };
}

/**
 * Lighthouse's mobile audit (its default: emulated phone, simulated slow 4G and 4× CPU slowdown) of one page,
 * in its own process with headless Chromium, stopped after 3 minutes.
 */
export async function runLighthouse(origin: string, pagePath: string): Promise<LighthouseReport> {
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
  return reportSchema.parse(JSON.parse(Buffer.concat(output).toString()));
}
