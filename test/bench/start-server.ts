import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { onCleanup } from './cleanup';
import { stopProcessGroup } from './process-tree';

export interface RunningServer {
  origin: string;
  pid: number;
  stop: () => Promise<void>;
}

/** A port nobody listens on now, from the kernel. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Fails with what to do when there is no production build to start. */
export function requireBuild(): void {
  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) {
    throw new Error(
      'no production build in .next: run `npm run build` first (the bench builds nothing itself)',
    );
  }
}

/**
 * `next start` on 127.0.0.1 with the given database environment, once /api/health answers 200 (at most 3 minutes:
 * the server migrates and seeds at start). Its output goes to stderr, prefixed.
 */
export async function startServer(port: number, databaseEnv: Record<string, string>): Promise<RunningServer> {
  // The bench's own database variables must not leak into the server's: databaseEnv says which one it owns.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL' && name !== 'PGLITE_DATA_DIR'),
  );
  const child = spawn(
    process.execPath,
    [
      path.join('node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    {
      env: { ...inherited, ...databaseEnv, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = onCleanup(`next start (pid ${child.pid})`, () => stopProcessGroup(child));
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        process.stderr.write(`  [next] ${line}\n`);
    });
  }
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const status = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(10_000) })
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return { origin, pid: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`next start did not answer /api/health with 200 within 3 minutes`);
}
