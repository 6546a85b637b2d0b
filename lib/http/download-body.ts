/**
 * A response body of `head`, the chunks, then `tail`, pulled on demand so the first bytes leave before the last
 * are read. It resolves only once the first chunk has arrived: when the first read fails, the caller can still
 * answer with an error status instead of sending the start of a file that will never be complete.
 */
export async function startDownloadBody(
  chunks: AsyncGenerator<Uint8Array>,
  head: string,
  tail: string,
): Promise<ReadableStream<Uint8Array>> {
  const first = await chunks.next();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
      if (!first.done) return controller.enqueue(first.value);
      controller.enqueue(encoder.encode(tail));
      controller.close();
    },
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (!done) return controller.enqueue(value);
      controller.enqueue(encoder.encode(tail));
      controller.close();
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
