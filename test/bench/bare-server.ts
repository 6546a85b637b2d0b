import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { onCleanup } from './cleanup';
import { stopProcessGroup } from './process-tree';

export interface BareServer {
  origin: string;
  /** From now on every request gets this body with these headers (content type, and encoding if compressed). */
  serve: (body: Uint8Array, headers: Record<string, string>) => Promise<void>;
  stop: () => Promise<void>;
}

/** Starts bare-server-child.ts in a process of its own, on `port` (0: any free port). */
export async function startBareServer(port: number): Promise<BareServer> {
  const child = fork(path.join('test', 'bench', 'bare-server-child.ts'), [String(port)], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = onCleanup(`bare node:http server (pid ${child.pid})`, () => stopProcessGroup(child));
  const [started] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(() => {
      throw new Error('the bare node:http server exited at start');
    }),
  ])) as [{ port: number }];
  return {
    origin: `http://127.0.0.1:${started.port}`,
    serve: async (body, headers) => {
      const ready = once(child, 'message');
      child.send({ body, headers });
      await ready;
    },
    stop,
  };
}
