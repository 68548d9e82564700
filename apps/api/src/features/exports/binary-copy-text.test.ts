import { Readable } from 'node:stream';
import { binaryCopyText } from './binary-copy-text';

const SIGNATURE = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]);

/** A one-column binary COPY of `lines`, as PostgreSQL writes it. */
function binaryCopy(lines: string[]): Buffer {
  const tuples = lines.map((line) => {
    const text = Buffer.from(line);
    const head = Buffer.alloc(6);
    head.writeInt16BE(1, 0);
    head.writeInt32BE(text.length, 2);
    return Buffer.concat([head, text]);
  });
  return Buffer.concat([SIGNATURE, Buffer.alloc(8), ...tuples, Buffer.from([0xff, 0xff])]);
}

async function decode(chunks: Buffer[]): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of Readable.from(chunks).pipe(binaryCopyText())) parts.push(part as Buffer);
  return Buffer.concat(parts).toString();
}

describe('binaryCopyText', () => {
  const lines = ['a,"b ""c"""\n', 'é,\n', '"multi\nline",x\n'];

  it('gives the lines back byte for byte, however the stream is cut', async () => {
    const copy = binaryCopy(lines);
    for (const size of [1, 2, 5, 7, copy.length]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < copy.length; at += size) chunks.push(copy.subarray(at, at + size));
      expect(await decode(chunks)).toBe(lines.join(''));
    }
  });

  it('gives nothing for no rows, and refuses a truncated or foreign stream', async () => {
    expect(await decode([binaryCopy([])])).toBe('');
    const copy = binaryCopy(lines);
    await expect(decode([copy.subarray(0, copy.length - 4)])).rejects.toThrow('Truncated');
    await expect(decode([Buffer.from('id,reference,status\n1,INC-1,draft\n')])).rejects.toThrow('Not a binary COPY');
  });
});
