import type { Readable } from 'node:stream';
import postgres, { type Sql } from 'postgres';
import { joinCopyBinaryText } from './copy-binary-text';

// Each export holding a connection of its own is one fewer for the server's other work; past this many at once,
// exports read in batches from the shared pool instead.
const maxConcurrentCopies = 4;
let copiesRunning = 0;

/**
 * The values of a one-column query, concatenated, streamed by `COPY … TO STDOUT` over a connection of its own.
 * When the reader stops early, the pool ends that connection's server process: a COPY left unread otherwise
 * blocks on its full socket for good (on a pooled connection it kept that connection). When
 * `maxConcurrentCopies` are already running, `whenBusy` supplies the values instead. Nothing connects until the
 * first value is read.
 */
export async function* copyOutValues(
  { url, pool }: { url: string; pool: Sql },
  query: string,
  whenBusy: () => AsyncGenerator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  if (copiesRunning >= maxConcurrentCopies) {
    yield* whenBusy();
    return;
  }
  copiesRunning++;
  // An export only reads; its limit is the whole COPY's, so it is longer than a page's.
  const connection = postgres(url, {
    max: 1,
    onnotice: () => {},
    connect_timeout: 5,
    connection: { default_transaction_read_only: true, statement_timeout: 10 * 60_000 },
  });
  let serverProcess: number | undefined;
  let complete = false;
  try {
    const [backend] = await connection<{ pid: number }[]>`select pg_backend_pid() as pid`;
    serverProcess = backend?.pid;
    const copy = connection.unsafe(`copy (${query}) to stdout with (format binary)`);
    const readable: Readable = await copy.readable();
    // Ending the server process below closes the socket under the stream; nothing is waiting for it then.
    readable.on('error', () => {});
    yield* joinCopyBinaryText(readable);
    complete = true;
  } finally {
    copiesRunning--;
    if (!complete && serverProcess !== undefined) {
      await pool`select pg_terminate_backend(${serverProcess})`.catch(() => {});
    }
    await connection.end({ timeout: 0 });
  }
}
