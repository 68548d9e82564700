import { Transform } from 'node:stream';

/** Joins small writes (one per row) into ~64 KB chunks: far fewer socket writes on large exports. */
export function coalesce(size = 64 * 1024): Transform {
  let parts: Buffer[] = [];
  let length = 0;
  return new Transform({
    writableObjectMode: true,
    transform(chunk: Buffer | string, _encoding, done) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      parts.push(buffer);
      length += buffer.length;
      if (length < size) return done();
      const out = Buffer.concat(parts, length);
      parts = [];
      length = 0;
      done(null, out);
    },
    flush(done) {
      done(null, length ? Buffer.concat(parts, length) : null);
    },
  });
}

/** A JSON array written one record per line, as the records arrive. */
export async function* jsonArray(records: AsyncIterable<unknown>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const record of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/** The generator again, with the item already taken from it put back in front. */
export async function* resume<T>(first: IteratorResult<T>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    if (first.done) return;
    yield first.value;
    yield* rest;
  } finally {
    // Closing early (the client went away) still runs the source's clean-up (custody, reads).
    await rest.return(undefined);
  }
}
