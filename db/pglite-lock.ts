import fs from 'node:fs';
import path from 'node:path';

export class DataDirectoryLockedError extends Error {}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// PGlite has no cross-process lock: a second process on the same directory silently loses writes.
// We take an exclusive lock file beside the data and refuse to open a directory another live process owns.
export function acquireDataDirectoryLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'contested-figures.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        fs.rmSync(lockPath, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isProcessAlive(owner)) {
        throw new DataDirectoryLockedError(
          `PGlite data directory ${dataDir} is already in use by process ${owner}. ` +
            'Only one process may own a PGlite directory: stop that process, or use another PGLITE_DATA_DIR.',
        );
      }
      if (owner === process.pid) {
        throw new DataDirectoryLockedError(
          `PGlite data directory ${dataDir} is already open in this process; reuse the open database.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirectoryLockedError(`Could not lock PGlite data directory ${dataDir}.`);
}
