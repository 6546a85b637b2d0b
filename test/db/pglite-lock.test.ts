import { execFile, fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '@/db/client';

function runNode(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { encoding: 'utf8' }, (error, _stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}

let dataDir: string;
let owner: Database;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cf-pglite-'));
  owner = await openPglite(dataDir);
});
afterAll(async () => {
  await owner.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('a PGlite data directory', () => {
  it('refuses a second process, naming the directory and the owner', async () => {
    // Asynchronously, so that this process, the owner, can answer the second one's question of who owns the lock.
    const second = await runNode([
      '--import',
      'tsx',
      '-e',
      `require('./db/client').openPglite(${JSON.stringify(dataDir)}).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })`,
    ]);
    expect(second.status).toBe(3);
    expect(second.stderr).toContain(
      `PGlite data directory ${dataDir} is already in use by process ${process.pid}`,
    );
  });

  it('refuses a second open in the same process', async () => {
    await expect(openPglite(dataDir)).rejects.toThrow('already open in this process');
  });

  it('can be opened again once the owner has closed it', async () => {
    await owner.close();
    owner = await openPglite(dataDir);
    await owner.migrate();
  });
});

interface Answer {
  ready?: true;
  won?: boolean;
  refused?: boolean;
  message?: string;
  released?: true;
}

function startContender(): ChildProcess {
  return fork(path.join('test', 'support', 'lock-contender.ts'), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextAnswer(child: ChildProcess): Promise<Answer> {
  return once(child, 'message').then(([answer]) => answer as Answer);
}

describe('the PGlite lock under a race', () => {
  const contenders: ChildProcess[] = [];
  let root: string;

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'cf-lock-race-'));
    for (let i = 0; i < 6; i++) contenders.push(startContender());
    await Promise.all(contenders.map(nextAnswer));
  });
  afterAll(async () => {
    for (const child of contenders) child.kill('SIGKILL');
    await fs.rm(root, { recursive: true, force: true });
  });

  it('lets exactly one of six processes in, 100 times: on fresh directories and on ones whose owner was killed', async () => {
    const winners: number[] = [];
    let dataDir = '';
    for (let round = 0; round < 100; round++) {
      // Every tenth round reuses the directory whose owner was just killed: a stale lock, as after a crash.
      const reuse = round % 10 === 9;
      if (!reuse) dataDir = await fs.mkdtemp(path.join(root, 'dir-'));
      const answers = await Promise.all(
        contenders.map((child) => {
          const answer = nextAnswer(child);
          child.send({ take: dataDir });
          return answer;
        }),
      );
      const won = answers.flatMap((answer, index) => (answer.won ? [index] : []));
      const losers = answers.filter((answer) => !answer.won);
      expect(
        losers.every((answer) => answer.refused),
        JSON.stringify(losers),
      ).toBe(true);
      winners.push(won.length);
      const winner = contenders[won[0] ?? 0]!;
      if (round % 10 === 8) {
        // Kill the owner without letting it release: the next round meets the lock it left behind.
        winner.kill('SIGKILL');
        await once(winner, 'exit');
        const replacement = startContender();
        await nextAnswer(replacement);
        contenders[won[0] ?? 0] = replacement;
      } else {
        const released = nextAnswer(winner);
        winner.send({ release: true });
        await released;
      }
    }
    expect(winners).toEqual(Array.from({ length: 100 }, () => 1));
  }, 240_000);
});
