import fs from 'node:fs';
import path from 'node:path';
import { startNextServer } from '../support/next-server';
import { onCleanup } from './cleanup';

export interface RunningServer {
  origin: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Fails with what to do when there is no production build to start, before any data is prepared for it. */
export function requireBuild(): void {
  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) {
    throw new Error(
      'no production build in .next: run `npm run build` first (the bench builds nothing itself)',
    );
  }
}

/** The production server (`npm start`) on 127.0.0.1 with the given database environment, once /api/health answers. */
export async function startServer(
  port: number | undefined,
  databaseEnv: Record<string, string>,
): Promise<RunningServer> {
  // Empty is unset to the app: the bench's own database variables must not reach the server, databaseEnv names its own.
  const server = await startNextServer({ DATABASE_URL: '', PGLITE_DATA_DIR: '', ...databaseEnv }, port);
  const stop = onCleanup(`server (pid ${server.process.pid})`, () => server.stop());
  return { origin: server.baseUrl, pid: server.process.pid!, stop };
}
