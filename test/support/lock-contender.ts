// A process that, on each message from its parent, tries to take a PGlite directory's lock and says whether it won.
import { acquireDataDirectoryLock, DataDirectoryLockedError } from '@/db/pglite-lock';

let release: (() => void) | undefined;

process.on('message', (message: { take?: string; release?: true }) => {
  if (message.release) {
    release?.();
    release = undefined;
    process.send?.({ released: true });
    return;
  }
  if (!message.take) return;
  acquireDataDirectoryLock(message.take).then(
    (releaseLock) => {
      release = releaseLock;
      process.send?.({ won: true });
    },
    (error: unknown) =>
      process.send?.({
        won: false,
        refused: error instanceof DataDirectoryLockedError,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
process.send?.({ ready: true });
