import { getDatabase } from '@/db/app-database';
import { checkHealth } from '@/db/queries/health';
import { describeDatabaseFailure } from '@/lib/health/describe-database-failure';
import { withinLimit } from '@/lib/health/within-limit';

export const dynamic = 'force-dynamic';

const healthLimitMs = 1_000;

// GET /api/health – 200 with the driver, data version and row counts within a second, else 503 saying why in words
export async function GET() {
  try {
    const database = await withinLimit(getDatabase(), healthLimitMs);
    const { dataVersion, counts } = await withinLimit(checkHealth(database.healthDb()), healthLimitMs);
    return Response.json(
      { status: 'ok', driver: database.driver, dataVersion, counts },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    return Response.json(
      { status: 'unavailable', error: describeDatabaseFailure(error, healthLimitMs) },
      { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '10' } },
    );
  }
}
