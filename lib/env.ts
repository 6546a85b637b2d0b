import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  SEED_DIR: z.string().min(1).default('seeds'),
});

export type DatabaseEnv = z.infer<typeof envSchema>;

/** Unset and empty variables alike take their defaults. */
function presentOnly(source: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = source[name];
      return value === undefined || value === '' ? [] : [[name, value]];
    }),
  );
}

function invalidEnvironment(error: z.ZodError): Error {
  return new Error(`Invalid environment: ${error.issues.map((issue) => issue.message).join('; ')}`);
}

export function readDatabaseEnv(source: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  const parsed = envSchema.safeParse(presentOnly(source, ['DATABASE_URL', 'PGLITE_DATA_DIR', 'SEED_DIR']));
  if (!parsed.success) throw invalidEnvironment(parsed.error);
  return parsed.data;
}

const siteSchema = z.object({
  SITE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'SITE_URL must be an http:// or https:// URL, such as https://example.org',
    })
    .optional(),
  PORT: z.coerce
    .number({ error: 'PORT must be a port number' })
    .int('PORT must be a port number')
    .min(1, 'PORT must be a port number')
    .max(65535, 'PORT must be a port number')
    .default(3000),
});

/**
 * The site's public origin, for every absolute address the site writes (citations, downloads, embeds): SITE_URL,
 * or http://localhost:PORT. Never the request's Host header, which a client or proxy can set to anything.
 */
export function readSiteOrigin(source: NodeJS.ProcessEnv = process.env): string {
  const parsed = siteSchema.safeParse(presentOnly(source, ['SITE_URL', 'PORT']));
  if (!parsed.success) throw invalidEnvironment(parsed.error);
  return parsed.data.SITE_URL ? new URL(parsed.data.SITE_URL).origin : `http://localhost:${parsed.data.PORT}`;
}

/**
 * Whether the review screen at /edit is on: only when EDITOR is exactly 1. EDITOR is also the shell's usual name for
 * one's text editor (EDITOR=vim), so any other value leaves the screen off rather than stopping the process.
 */
export function readEditorEnabled(source: NodeJS.ProcessEnv = process.env): boolean {
  return source.EDITOR === '1';
}
