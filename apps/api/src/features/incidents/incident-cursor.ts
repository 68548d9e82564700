import { AppError } from '../../lib/app-error';

/** Keyset position (start time, id), opaque to clients. */
export interface Cursor {
  startAt: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.startAt.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [string, string];
    const startAt = new Date(at);
    if (Number.isNaN(startAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad cursor');
    return { startAt, id };
  } catch {
    throw AppError.invalid('querystring/cursor', 'Not a cursor from a previous page');
  }
}
