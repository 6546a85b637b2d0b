import { openDatabase } from '@/db/client';

async function main() {
  const database = await openDatabase();
  try {
    await database.migrate();
    console.log(`Migrations applied (${database.driver}).`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
