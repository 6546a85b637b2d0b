/**
 * A response body of `head`, the chunks, then `tail`, pulled on demand so the first bytes leave before the last
 * are read. It resolves only once the first chunk has arrived: when the first read fails, the caller can still
 * answer with an error status instead of sending the start of a file that will never be complete. When `signal`
 * aborts (the client went away), the chunks are closed, so whatever produces them (a COPY) stops and lets go.
 */
export async function startDownloadBody(
  chunks: AsyncGenerator<Uint8Array>,
  head: string,
  tail: string,
  signal?: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  // A client that leaves before the body is piped to it is never asked to cancel the body, so watch it here too.
  const close = () => void chunks.return(undefined).catch(() => {});
  if (signal?.aborted) close();
  signal?.addEventListener('abort', close, { once: true });
  const done = () => signal?.removeEventListener('abort', close);
  let first: IteratorResult<Uint8Array>;
  try {
    first = await chunks.next();
  } catch (error) {
    done();
    throw error;
  }
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
      if (!first.done) return controller.enqueue(first.value);
      done();
      controller.enqueue(encoder.encode(tail));
      controller.close();
    },
    async pull(controller) {
      const { value, done: ended } = await chunks.next();
      if (!ended) return controller.enqueue(value);
      done();
      controller.enqueue(encoder.encode(tail));
      controller.close();
    },
    async cancel() {
      done();
      await chunks.return(undefined);
    },
  });
}
