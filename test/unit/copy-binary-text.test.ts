import { describe, expect, it } from 'vitest';
import { joinCopyBinaryText } from '@/db/copy-binary-text';

// A one-column binary COPY stream as PostgreSQL writes it: header, one framed value per tuple, trailer.
function binaryCopy(values: (string | null)[]): Buffer {
  const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)];
  for (const value of values) {
    const frame = Buffer.alloc(6);
    frame.writeInt16BE(1, 0);
    const bytes = value === null ? Buffer.alloc(0) : Buffer.from(value, 'utf8');
    frame.writeInt32BE(value === null ? -1 : bytes.length, 2);
    parts.push(frame, bytes);
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1, 0);
  return Buffer.concat([...parts, trailer]);
}

async function* inChunksOf(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function joined(chunks: AsyncIterable<Uint8Array>, chunkBytes?: number) {
  const out: Buffer[] = [];
  for await (const chunk of joinCopyBinaryText(chunks, chunkBytes)) out.push(chunk);
  return out;
}

describe('joining the text values of a binary COPY', () => {
  const values = ['a,"b"\r\n', '', null, 'ünïcödé – “quotes”\r\n', 'x'.repeat(300)];
  const expected = values.map((value) => value ?? '').join('');

  it('gives the values byte for byte however the stream is split', async () => {
    const stream = binaryCopy(values);
    for (const size of [1, 2, 3, 5, 7, 19, 64, stream.length]) {
      expect(Buffer.concat(await joined(inChunksOf(stream, size))).toString('utf8')).toBe(expected);
    }
  });

  it('passes the bytes on in large chunks, not one per row', async () => {
    const many = Array.from({ length: 1000 }, (_, index) => `row ${index}\r\n`);
    const chunks = await joined(inChunksOf(binaryCopy(many), 20), 4096);
    expect(chunks.length).toBeLessThan(10);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(many.join(''));
  });

  it('fails on a stream cut before its trailer', async () => {
    const stream = binaryCopy(values);
    await expect(joined(inChunksOf(stream.subarray(0, stream.length - 2), 8))).rejects.toThrow(/ended early/);
  });
});
