import { AppError } from './app-error';

/** One sort key of a keyset position: text, a timestamp (sent as ISO text) or nothing. */
export type CursorKey = string | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Keyset cursors for lists offering several orders: the cursor carries the order's name beside its
 * sort keys, so a cursor handed back with another `sort` (a bookmarked page, a hand-edited URL) is
 * refused with 400 on `cursor` instead of silently skipping or repeating rows. Opaque to clients.
 */
export function encodeSortCursor(sort: string, keys: readonly CursorKey[]): string {
  return Buffer.from(JSON.stringify([sort, ...keys])).toString('base64url');
}

/**
 * What a key must be: text, a timestamp, a timestamp or null ('time?'), a uuid, or one of a list of
 * values (an enum, cast in SQL: checked here so that a forged cursor is a 400, not a failed cast).
 */
export type CursorKind = 'text' | 'time' | 'time?' | 'id' | readonly string[];

/** The keys of a cursor made for `sort`, checked against their kinds; anything else is a 400 naming the cursor. */
export function decodeSortCursor(value: string, sort: string, kinds: readonly CursorKind[]): CursorKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== kinds.length + 1) throw badCursor();
  if (parsed[0] !== sort) {
    throw AppError.invalid('querystring/cursor', 'This cursor belongs to another sort order');
  }
  const keys = parsed.slice(1) as unknown[];
  if (!keys.every((key, i) => fits(key, kinds[i]!))) throw badCursor();
  return keys as CursorKey[];
}

function fits(key: unknown, kind: CursorKind): boolean {
  if (kind === 'time?' && key === null) return true;
  if (typeof key !== 'string') return false;
  if (typeof kind !== 'string') return kind.includes(key);
  if (kind === 'id') return UUID.test(key);
  if (kind === 'time' || kind === 'time?') return !Number.isNaN(new Date(key).getTime());
  return key.length <= 200;
}

function badCursor() {
  return AppError.invalid('querystring/cursor', 'Not a cursor from a previous page');
}
