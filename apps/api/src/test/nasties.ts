/**
 * Hostile values for one field of an otherwise well-formed request. Body values are raw JSON text
 * (or bytes), so that what JSON.stringify cannot write — 1e309, invalid UTF-8, a `__proto__` key —
 * reaches the server's parser as an attacker would send it.
 */
export interface BodyNasty {
  name: string;
  raw: string | Buffer;
}

const json = (value: unknown) => JSON.stringify(value);

export const BODY_NASTIES: BodyNasty[] = [
  { name: 'NUL byte', raw: json('a\u0000b') },
  { name: 'lone surrogate', raw: '"\\ud800x"' },
  { name: 'invalid UTF-8', raw: Buffer.from([0x22, 0x61, 0xff, 0xfe, 0xc3, 0x28, 0x22]) },
  { name: 'SQL', raw: json("x'); DROP TABLE users; --") },
  { name: 'SQL tautology', raw: json("' OR '1'='1") },
  { name: 'HTML', raw: json('<script>alert(1)</script><img src=x onerror=alert(1)>') },
  { name: 'prototype pollution', raw: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}' },
  { name: 'operator object', raw: '{"$gt":"","$ne":null}' },
  { name: '1e309', raw: '1e309' },
  { name: '2^63', raw: '9223372036854775808' },
  { name: '-2^63-1', raw: '-9223372036854775809' },
  { name: '2^53+1', raw: '9007199254740993' },
  { name: 'fraction', raw: '0.5' },
  { name: 'negative', raw: '-1' },
  { name: 'year 0', raw: json('0000-01-01') },
  { name: 'year 0 timestamp', raw: json('0000-01-01T00:00:00.000Z') },
  { name: 'last JS date', raw: json('275760-09-14') },
  { name: 'last JS timestamp', raw: json('+275760-09-13T00:00:00.000Z') },
  { name: 'past the last JS date', raw: json('+275760-09-14T00:00:00.001Z') },
  { name: 'February 30th', raw: json('2026-02-30') },
  { name: 'not a date', raw: json('not-a-date') },
  { name: 'deep array', raw: `${'['.repeat(2_000)}${']'.repeat(2_000)}` },
  { name: 'deep object', raw: `${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}` },
  { name: '100k string', raw: json('x'.repeat(100_000)) },
  { name: 'RTL override and emoji', raw: json('\u202egnp.exe 👨‍👩‍👧 \u0627\u0644\u0639\u0631\u0628\u064a\u0629') },
  { name: 'empty string', raw: '""' },
  { name: 'null', raw: 'null' },
  { name: 'boolean', raw: 'true' },
  { name: 'empty array', raw: '[]' },
  { name: 'empty object', raw: '{}' },
];

/** Hostile query values, already percent-encoded: a browser or script could send any of them. */
export const QUERY_NASTIES: { name: string; encoded: string }[] = [
  { name: 'NUL byte', encoded: 'a%00b' },
  { name: 'invalid UTF-8', encoded: 'a%FF%FE%C3%28' },
  { name: 'lone surrogate', encoded: '%ED%A0%80' },
  { name: 'SQL', encoded: encodeURIComponent("x'); DROP TABLE users; --") },
  { name: 'LIKE wildcards', encoded: encodeURIComponent('%_\\') },
  { name: 'HTML', encoded: encodeURIComponent('<script>alert(1)</script>') },
  { name: '1e309', encoded: '1e309' },
  { name: '2^63', encoded: '9223372036854775808' },
  { name: 'negative', encoded: '-1' },
  { name: 'year 0', encoded: '0000-01-01' },
  { name: 'last JS date', encoded: '275760-09-14' },
  { name: 'not a date', encoded: 'not-a-date' },
  { name: 'long', encoded: 'x'.repeat(4_000) },
  { name: 'empty', encoded: '' },
];
