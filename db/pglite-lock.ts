import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export class DataDirectoryLockedError extends Error {}

const openHere = new Set<string>();

/**
 * Where the lock lives. On Linux an abstract-namespace socket and on Windows a named pipe: the kernel lets one process
 * listen on the name and frees it when that process dies, so the lock cannot go stale and no process ever removes
 * another's. Elsewhere a socket file, which a dead owner leaves behind (see `removeIfAbandoned`).
 */
function lockAddress(dataDir: string): string {
  const name = `contested-figures-pglite-${createHash('sha256').update(dataDir).digest('hex').slice(0, 32)}`;
  if (process.platform === 'linux') return `\0${name}`;
  if (process.platform === 'win32') return `\\\\.\\pipe\\${name}`;
  return path.join(os.tmpdir(), `${name}.sock`);
}

function listen(server: net.Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(address, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The owner's process id, as its lock server tells whoever connects; null when nobody answers. */
function askOwner(address: string): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = net.connect(address);
    let reply = '';
    socket.setEncoding('utf8');
    socket.setTimeout(2_000, () => socket.destroy());
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('close', () => resolve(/^\d+$/.test(reply) ? Number(reply) : null));
    socket.on('error', () => resolve(null));
  });
}

// Only a socket file can be abandoned; nobody answering on it means its owner has died.
async function removeIfAbandoned(address: string): Promise<boolean> {
  if (address.startsWith('\0') || address.startsWith('\\\\')) return false;
  if ((await askOwner(address)) !== null) return false;
  fs.rmSync(address, { force: true });
  return true;
}

/**
 * PGlite has no cross-process lock: a second process on the same directory silently loses writes. This takes an
 * exclusive lock on the directory for the life of the process (or until the returned release is called) and refuses
 * a directory another live process owns, naming that process.
 */
export async function acquireDataDirectoryLock(dataDir: string): Promise<() => void> {
  fs.mkdirSync(dataDir, { recursive: true });
  const directory = fs.realpathSync(dataDir);
  if (openHere.has(directory)) {
    throw new DataDirectoryLockedError(
      `PGlite data directory ${dataDir} is already open in this process; reuse the open database.`,
    );
  }
  openHere.add(directory);
  try {
    return await listenOnLock(dataDir, directory);
  } catch (error) {
    openHere.delete(directory);
    throw error;
  }
}

async function listenOnLock(dataDir: string, directory: string): Promise<() => void> {
  const address = lockAddress(directory);
  for (let attempt = 0; attempt < 2; attempt++) {
    const server = net.createServer((socket) => socket.end(String(process.pid)));
    try {
      await listen(server, address);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      if (await removeIfAbandoned(address)) continue;
      const owner = await askOwner(address);
      throw new DataDirectoryLockedError(
        `PGlite data directory ${dataDir} is already in use by ${owner === null ? 'another process' : `process ${owner}`}. ` +
          'Only one process may own a PGlite directory: stop that process, or use another PGLITE_DATA_DIR.',
      );
    }
    // The lock must not keep a finished script alive.
    server.unref();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      openHere.delete(directory);
      server.close();
    };
  }
  throw new DataDirectoryLockedError(`Could not lock PGlite data directory ${dataDir}.`);
}
