// Open, migrate and seed the database when the server starts, so the first reader does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDatabase } = await import('./db/app-database');
  await getDatabase().catch(() => {
    // getDatabase already logged why; /api/health reports 503 until a later request succeeds.
  });
}
