import { parseArgs } from 'node:util';
import { z } from 'zod';

const count = z.coerce.number().int().nonnegative();

const optionsSchema = z.object({
  driver: z.enum(['pglite', 'postgres']),
  figures: count.optional(),
  duration: z.coerce.number().int().min(1).max(120),
  connections: z.coerce.number().int().min(1).max(500),
  port: z.coerce.number().int().min(0).max(65_534),
  lighthouse: z.boolean(),
  lighthouseRuns: z.coerce.number().int().min(1).max(20),
});

export type BenchOptions = z.infer<typeof optionsSchema>;

export const usage = `npm run bench [-- [figures] [--figures N] [--driver pglite|postgres] [--duration seconds]
                    [--connections N] [--port N] [--no-lighthouse] [--lighthouse-runs N]]
  PostgreSQL (DATABASE_URL set): one pass at N figures, default 1000000, in the database the URL names.
  PGlite: a pass on the seeded data, then one at N figures, default 100000 (0 skips it).
  Lighthouse audits each page N times, default 5, and reports the median run.`;

/** The command line (and DATABASE_URL, which picks the default driver), checked. */
export function readOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      figures: { type: 'string' },
      driver: { type: 'string' },
      duration: { type: 'string', default: '8' },
      connections: { type: 'string', default: '50' },
      port: { type: 'string', default: '0' },
      'no-lighthouse': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '5' },
    },
  });
  if (positionals.length > 1)
    throw new Error(`one figure count at most, got ${positionals.join(' ')}\n${usage}`);
  const parsed = optionsSchema.safeParse({
    driver: values.driver ?? (env.DATABASE_URL ? 'postgres' : 'pglite'),
    figures: values.figures ?? positionals[0],
    duration: values.duration,
    connections: values.connections,
    port: values.port,
    lighthouse: !values['no-lighthouse'],
    lighthouseRuns: values['lighthouse-runs'],
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${problems.join('; ')}\n${usage}`);
  }
  if (parsed.data.driver === 'postgres' && !env.DATABASE_URL) {
    throw new Error('--driver postgres needs DATABASE_URL (the database the bench may fill with copies)');
  }
  return parsed.data;
}
