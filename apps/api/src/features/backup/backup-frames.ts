import { BackupError } from './backup-cipher';

/**
 * The archive inside the encryption, a sequence of entries:
 *
 *   kind u8 ('T' table, 'B' blob, 'M' manifest, 'E' end) | name length u16 BE | name UTF-8 |
 *   chunks: (length u32 BE | bytes)* | 0 u32
 *
 * Chunked so tables and files stream through without knowing their size in advance. Tables come
 * first (PostgreSQL COPY text format), then blobs, then the manifest (it holds the hashes and counts
 * computed while streaming), then 'E'.
 */
export type EntryKind = 'T' | 'B' | 'M' | 'E';
const KINDS = new Set<string>(['T', 'B', 'M', 'E']);
const CHUNK_TARGET = 256 * 1024;

function entryHead(kind: EntryKind, name: string): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(3);
  head.write(kind, 0, 'latin1');
  head.writeUInt16BE(nameBytes.length, 1);
  return Buffer.concat([head, nameBytes]);
}

function chunkOf(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** One entry as bytes; small source chunks (COPY yields one per row) are gathered into larger ones. */
export async function* frameEntry(
  kind: EntryKind,
  name: string,
  body: AsyncIterable<Buffer>,
): AsyncGenerator<Buffer> {
  yield entryHead(kind, name);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of body) {
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= CHUNK_TARGET) {
      yield chunkOf(Buffer.concat(pending));
      pending = [];
      pendingBytes = 0;
    }
  }
  if (pendingBytes) yield chunkOf(Buffer.concat(pending));
  yield Buffer.alloc(4);
}

export async function* endOfArchive(): AsyncGenerator<Buffer> {
  yield entryHead('E', '');
}

export interface Entry {
  kind: EntryKind;
  name: string;
  /** Must be read to its end before the next entry is asked for. */
  body: AsyncGenerator<Buffer>;
}

/** Reads entries back from the decrypted stream; rejects anything after 'E' or a stream that stops early. */
export async function* readEntries(source: AsyncIterable<Buffer>): AsyncGenerator<Entry> {
  const input = source[Symbol.asyncIterator]();
  let buffered: Buffer = Buffer.alloc(0);
  async function take(n: number): Promise<Buffer> {
    while (buffered.length < n) {
      const next = await input.next();
      if (next.done) throw new BackupError('The backup ends in the middle of an entry.');
      buffered = buffered.length ? Buffer.concat([buffered, next.value as Buffer]) : (next.value as Buffer);
    }
    const out = buffered.subarray(0, n);
    buffered = buffered.subarray(n);
    return out;
  }
  for (;;) {
    const head = await take(3);
    const kind = head.toString('latin1', 0, 1);
    if (!KINDS.has(kind)) throw new BackupError(`Unknown entry kind in the backup (${head[0]}).`);
    const name = (await take(head.readUInt16BE(1))).toString('utf8');
    if (kind === 'E') break;
    let drained = false;
    const body = (async function* () {
      for (;;) {
        const length = (await take(4)).readUInt32BE(0);
        if (length === 0) break;
        yield await take(length);
      }
      drained = true;
    })();
    yield { kind: kind as EntryKind, name, body };
    if (!drained) while (!(await body.next()).done); // a consumer that skipped the body
  }
  if (buffered.length || !(await input.next()).done)
    throw new BackupError('Unexpected data after the end of the backup.');
}
