import type { Instrumentation } from 'next';
import { noteDatabaseFailure } from './db/database-outage.cjs';
import { isDatabaseUnavailable } from './lib/health/describe-database-failure';

// Open, migrate and seed the database when the server starts, so the first reader does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDatabase } = await import('./db/app-database');
  await getDatabase().catch(() => {
    // getDatabase already logged why; /api/health reports 503 until a later request succeeds.
  });
}

// A request that failed because the database did not answer is a 503 with Retry-After (see scripts/serve.mjs).
export const onRequestError: Instrumentation.onRequestError = (error) => {
  if (isDatabaseUnavailable(error)) noteDatabaseFailure();
};
