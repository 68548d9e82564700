import { Transform } from 'node:stream';

// PGCOPY\n\377\r\n\0, then 32-bit flags and the length of a header extension.
const SIGNATURE = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]);
const HEADER = SIGNATURE.length + 8;

/**
 * The bytes of a one-column COPY … (FORMAT binary) of text, without its framing (signature, per-tuple
 * field count and length, trailer). Binary because the csv and text formats would quote or escape a
 * stored CSV line (it holds commas, quotes and newlines); binary sends it byte for byte. Tuples may be
 * split across chunks: an incomplete one waits for the next chunk. Each chunk in gives one chunk out.
 */
export function binaryCopyText(): Transform {
  let rest: Buffer = Buffer.alloc(0);
  let started = false;
  let ended = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const buffer = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let at = 0;
      if (!started) {
        const signed = buffer.length >= HEADER;
        if (signed && !buffer.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
          return done(new Error('Not a binary COPY stream'));
        }
        // The header, extension included, is not all here yet: wait for more.
        if (!signed || buffer.length < HEADER + buffer.readInt32BE(HEADER - 4)) {
          rest = buffer;
          return done();
        }
        at = HEADER + buffer.readInt32BE(HEADER - 4);
        started = true;
      }
      const parts: Buffer[] = [];
      while (!ended && buffer.length - at >= 2) {
        const fields = buffer.readInt16BE(at);
        if (fields === -1) {
          ended = true;
          at += 2;
          break;
        }
        if (fields !== 1) return done(new Error(`Expected one column, got ${fields}`));
        if (buffer.length - at < 6) break;
        const length = buffer.readInt32BE(at + 2);
        if (length < 0) return done(new Error('NULL in a binary COPY of text'));
        if (buffer.length - at < 6 + length) break;
        parts.push(buffer.subarray(at + 6, at + 6 + length));
        at += 6 + length;
      }
      rest = buffer.subarray(at);
      if (ended && rest.length) return done(new Error('Data after the end of a binary COPY stream'));
      done(null, parts.length ? Buffer.concat(parts) : undefined);
    },
    flush(done) {
      done(ended && !rest.length ? null : new Error('Truncated binary COPY stream'));
    },
  });
}
