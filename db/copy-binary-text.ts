// Binary COPY is the one COPY format that sends a text value's bytes untouched (csv and text formats quote or
// escape them again), so a query that writes finished lines can be copied straight to the client.

const signature = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const headerBytes = signature.length + 8;
const empty = Buffer.alloc(0);

/**
 * The values of a one-column binary COPY stream, concatenated, in chunks of about `chunkBytes`: the tuple
 * framing is dropped and the values' bytes are passed on without decoding. Input chunks may split anywhere.
 */
export async function* joinCopyBinaryText(
  chunks: AsyncIterable<Uint8Array>,
  chunkBytes = 256 * 1024,
): AsyncGenerator<Buffer> {
  let carried: Buffer = empty;
  let headerRead = false;
  let ended = false;
  let valueLeft = 0;
  let parts: Buffer[] = [];
  let partBytes = 0;
  for await (const chunk of chunks) {
    const input = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const bytes = carried.length ? Buffer.concat([carried, input]) : input;
    let at = 0;
    while (at < bytes.length && !ended) {
      if (valueLeft > 0) {
        const take = Math.min(valueLeft, bytes.length - at);
        parts.push(bytes.subarray(at, at + take));
        partBytes += take;
        valueLeft -= take;
        at += take;
      } else if (!headerRead) {
        if (bytes.length - at < headerBytes) break;
        if (!bytes.subarray(at, at + signature.length).equals(signature)) {
          throw new Error('internal: not a binary COPY stream');
        }
        const extension = bytes.readUInt32BE(at + signature.length + 4);
        if (bytes.length - at < headerBytes + extension) break;
        at += headerBytes + extension;
        headerRead = true;
      } else {
        if (bytes.length - at < 2) break;
        const fields = bytes.readInt16BE(at);
        if (fields === -1) {
          ended = true;
          at += 2;
          break;
        }
        if (fields !== 1) throw new Error(`internal: expected one column in binary COPY, got ${fields}`);
        if (bytes.length - at < 6) break;
        valueLeft = Math.max(0, bytes.readInt32BE(at + 2));
        at += 6;
      }
    }
    carried = at < bytes.length ? Buffer.from(bytes.subarray(at)) : empty;
    if (partBytes >= chunkBytes) {
      yield Buffer.concat(parts, partBytes);
      parts = [];
      partBytes = 0;
    }
  }
  if (!ended || carried.length) throw new Error('internal: the binary COPY stream ended early');
  if (partBytes) yield Buffer.concat(parts, partBytes);
}
