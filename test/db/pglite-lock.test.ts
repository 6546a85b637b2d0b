import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '@/db/client';

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
  it('refuses a second process, naming the directory and the owner', () => {
    const second = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `require('./db/client').openPglite(${JSON.stringify(dataDir)}).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })`,
      ],
      { encoding: 'utf8', cwd: process.cwd() },
    );
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
