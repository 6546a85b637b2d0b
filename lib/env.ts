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

export function readDatabaseEnv(source: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  const emptyAsUnset = Object.fromEntries(
    Object.entries({
      DATABASE_URL: source.DATABASE_URL,
      PGLITE_DATA_DIR: source.PGLITE_DATA_DIR,
      SEED_DIR: source.SEED_DIR,
    }).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(emptyAsUnset);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  return parsed.data;
}
