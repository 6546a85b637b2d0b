import { getDatabase } from '@/db/app-database';
import { currentDataVersion } from '@/db/data-version-watch';
import { checkHealth } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

// GET /api/health – 200 with the driver and row counts when the database answers, 503 otherwise
export async function GET() {
  try {
    const database = await getDatabase();
    const counts = await checkHealth(database.db);
    return Response.json(
      { status: 'ok', driver: database.driver, dataVersion: currentDataVersion() ?? null, counts },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    return Response.json(
      {
        status: 'unavailable',
        error: error instanceof Error ? error.message.split('\n')[0] : 'database unavailable',
      },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
}
