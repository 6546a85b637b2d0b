import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getHealth } from '@/app/api/health/route';
import { getDatabase, useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { figures, topics } from '@/db/schema';
import { createThrowawayDatabase } from '../support/test-database';

const serverUrl = process.env.DATABASE_URL;
const holder = globalThis as typeof globalThis & { __contestedFiguresDatabase?: Promise<Database> };
let app: Database;
let throwaway: { url: string; drop(): Promise<void> } | undefined;
const savedEnv = { ...process.env };

// The app's own database, opened the way the server opens it: migrated and seeded, then handed to pages.
beforeAll(async () => {
  if (serverUrl) {
    throwaway = await createThrowawayDatabase(serverUrl);
    process.env.DATABASE_URL = throwaway.url;
  }
  process.env.SEED_DIR = 'test/fixtures/seed-minimal';
  holder.__contestedFiguresDatabase = undefined;
  app = await getDatabase();
});
afterAll(async () => {
  await app.close();
  holder.__contestedFiguresDatabase = undefined;
  await throwaway?.drop();
  process.env = savedEnv;
});

describe("the web app's connection", () => {
  it('reads but cannot write: seeds load through a connection of their own', async () => {
    expect((await app.db.select().from(topics)).length).toBeGreaterThan(0);
    const failure = (work: Promise<unknown>) =>
      work.then(
        () => 'written',
        (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
      );
    expect(
      await failure(app.db.execute(sql`insert into topics (slug, name, description) values ('x', 'X', 'x')`)),
    ).toMatch(/read-only transaction/);
    expect(await failure(app.db.delete(figures))).toMatch(/read-only transaction/);
    expect((await app.db.select().from(figures)).length).toBeGreaterThan(0);
  });
});

describe('/api/health when the database does not answer', () => {
  it('answers 503 within a second or so, saying why in words and not in SQL', async () => {
    const refused = await import('@/db/client').then(({ openPostgres }) =>
      openPostgres('postgres://nobody@127.0.0.1:9/none'),
    );
    useDatabase(refused);
    try {
      const response = await getHealth();
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await response.json()) as { status: string; error: string };
      expect(body).toEqual({
        status: 'unavailable',
        error: 'The database server refused the connection: it is not running or not listening.',
      });
    } finally {
      useDatabase(app);
      await refused.close();
    }
  });

  it.runIf(serverUrl)(
    'answers 503 in under 3 s while every table is locked, and 200 once the lock goes',
    async () => {
      const locker = postgres(throwaway!.url, { max: 1, onnotice: () => {} });
      const locked = locker.begin(async (transaction) => {
        await transaction`lock table figure_tallies, sources, metrics, claimants, topics, data_versions in access exclusive mode`;
        await new Promise((resolve) => setTimeout(resolve, 4_000));
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      try {
        const started = Date.now();
        const response = await getHealth();
        expect(Date.now() - started).toBeLessThan(3_000);
        expect(response.status).toBe(503);
        expect(((await response.json()) as { error: string }).error).toContain('did not answer within 1 s');
      } finally {
        await locked;
        await locker.end();
      }
      expect((await getHealth()).status).toBe(200);
    },
  );
});

describe('a connection the server ends under a query', () => {
  it.runIf(serverUrl)('is tried once more on a fresh connection, so the reader gets its answer', async () => {
    const { openPostgres } = await import('@/db/client');
    const reader = await openPostgres(throwaway!.url, { readOnly: true });
    const admin = postgres(throwaway!.url, { max: 1, onnotice: () => {} });
    try {
      // Drizzle runs a query only once it is awaited: start it now.
      const reading = reader.db
        .execute(sql`select pg_sleep(1), 'answered' as answer`)
        .then((result) => result);
      let ended: { ended: boolean }[] = [];
      for (let tries = 0; tries < 40 && ended.length === 0; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        ended = await admin<{ ended: boolean }[]>`
          select pg_terminate_backend(pid) as ended from pg_stat_activity
          where datname = current_database() and state = 'active' and query like '%pg_sleep(1)%'
            and pid <> pg_backend_pid()`;
      }
      expect(ended).toHaveLength(1);
      const result = await reading;
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
        answer: string;
      }[];
      expect(rows[0]?.answer).toBe('answered');
    } finally {
      await admin.end();
      await reader.close();
    }
  });
});
