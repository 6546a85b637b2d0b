import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixtureSeedDir } from './test-database';

/** A writable copy of the fixture seed directory, for tests that edit seed files. */
export async function copyFixtureSeeds(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cf-seeds-'));
  await fs.cp(fixtureSeedDir, dir, { recursive: true });
  return dir;
}

/** Rewrites one seed file by exact text replacement, failing loudly when the text to replace is absent. */
export async function editSeedFile(dir: string, file: string, from: string, to: string): Promise<void> {
  const target = path.join(dir, file);
  const text = await fs.readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} not found in ${file}`);
  await fs.writeFile(target, text.replace(from, to));
}
