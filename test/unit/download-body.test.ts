import { describe, expect, it } from 'vitest';
import { startDownloadBody } from '@/lib/http/download-body';

/** Chunks that never end by themselves, recording whether they were closed (as a COPY is cancelled). */
function endlessChunks() {
  const state = { closed: false };
  async function* produce() {
    try {
      for (;;) yield new TextEncoder().encode('line\r\n');
    } finally {
      state.closed = true;
    }
  }
  return { chunks: produce(), state };
}

describe('a download body', () => {
  it('sends the head, then the chunks as they are pulled', async () => {
    const { chunks } = endlessChunks();
    const reader = (await startDownloadBody(chunks, 'header\r\n', '')).getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe('header\r\n');
    expect(decoder.decode((await reader.read()).value)).toBe('line\r\n');
    await reader.cancel();
  });

  it('closes its chunks when the client leaves, even before anything pulled the body', async () => {
    const { chunks, state } = endlessChunks();
    const leaving = new AbortController();
    await startDownloadBody(chunks, 'header\r\n', '', leaving.signal);
    expect(state.closed).toBe(false);

    leaving.abort();
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(state.closed).toBe(true);
  });

  it('closes its chunks when the body is cancelled', async () => {
    const { chunks, state } = endlessChunks();
    const body = await startDownloadBody(chunks, 'header\r\n', '');
    await body.cancel();
    expect(state.closed).toBe(true);
  });
});
