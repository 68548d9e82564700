import fc from 'fast-check';
import type { JsonSchema } from './json-schema-arbitrary';
import type { IdsFor } from './known-ids';
import type { BodyNasty } from './nasties';
import { UNKNOWN_ID } from './routes';

export type FieldPath = (string | number)[];

// A string no generator produces: JSON.stringify writes \u0001 escaped, so its quoted form is unique.
const SENTINEL = '\u0001nasty\u0001';

/** Paths to every value inside a generated body, plus the schema's top-level fields it left out. */
export function fieldPaths(value: unknown, schema: JsonSchema | undefined): FieldPath[] {
  const paths: FieldPath[] = [];
  const walk = (node: unknown, prefix: FieldPath) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const path = [...prefix, Array.isArray(node) ? Number(key) : key];
      paths.push(path);
      walk(child, path);
    }
  };
  walk(value, []);
  for (const key of Object.keys(schema?.properties ?? {})) {
    if (!paths.some((p) => p.length === 1 && p[0] === key)) paths.push([key]);
  }
  return paths;
}

function withSentinel(value: unknown, path: FieldPath): unknown {
  if (path.length === 0) return SENTINEL;
  const [head, ...rest] = path as [string | number, ...FieldPath];
  const source: object = value !== null && typeof value === 'object' ? value : {};
  const node = (Array.isArray(source) ? [...source] : { ...source }) as Record<string | number, unknown>;
  node[head] = withSentinel(node[head], rest);
  return node;
}

/** The body as bytes, with the field at `path` replaced by the nasty's raw JSON text. */
export function bodyWithNasty(value: unknown, path: FieldPath, nasty: BodyNasty): Buffer {
  const [before, after] = JSON.stringify(withSentinel(value, path)).split(JSON.stringify(SENTINEL)) as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from(nasty.raw), Buffer.from(after)]);
}

/** A query string from a generated object (arrays as repeated keys), one key's value replaced as is. */
export function queryWithNasty(value: Record<string, unknown>, key: string, encoded: string): string {
  const parts: string[] = [];
  for (const [name, field] of Object.entries(value)) {
    if (name === key || field === undefined || field === null) continue;
    for (const item of [field].flat()) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`);
  }
  parts.push(`${encodeURIComponent(key)}=${encoded}`);
  return parts.join('&');
}

/** Where a 400's details should point: `body/a/0/b` names the field the fuzzer broke (or its parent). */
export const detailPathOf = (where: 'body' | 'querystring', path: FieldPath) => `${where}/${path.join('/')}`;

/** The route's path with each parameter an existing row of its kind (mostly) or an unknown id. */
export function pathArbitrary(url: string, ids: IdsFor): fc.Arbitrary<string> {
  const segments = url.split('/');
  const parts = segments.map((segment, i) => {
    if (!segment.startsWith(':')) return fc.constant(segment);
    const existing = ids(segment === ':id' ? (segments[i - 1] ?? '') : segment.slice(1));
    if (existing.length === 0) return fc.constant(UNKNOWN_ID);
    return fc.oneof({ arbitrary: fc.constantFrom(...existing), weight: 4 }, { arbitrary: fc.constant(UNKNOWN_ID), weight: 1 });
  });
  return fc.tuple(...parts).map((resolved) => resolved.join('/'));
}
