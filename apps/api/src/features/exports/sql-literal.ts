import type { Prisma } from '@vigil/db';
import pg from 'pg';
import { AppError } from '../../lib/app-error';

/**
 * COPY takes no bind parameters, so a filter compiled to `Prisma.Sql` (text with `$n` placeholders and
 * their values) is turned into SQL with the values written as literals. Every value goes through
 * pg's escapeLiteral (quotes doubled; with a backslash, the E'' form with backslashes doubled), which
 * is safe whatever standard_conforming_strings says. Only the value types the filters produce are
 * accepted; anything else is a programming error, not something to guess at.
 */
export function inlineSql(sql: Prisma.Sql): string {
  const { strings, values } = sql;
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += literal(value) + (strings[i + 1] ?? '');
  });
  return out;
}

/** The text PostgreSQL would have received as the parameter, made a literal. */
function literal(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Parenthesised, so that a negative number after a minus sign can never start a `--` comment.
  if (typeof value === 'number' && Number.isFinite(value)) return `(${String(value)})`;
  if (typeof value === 'bigint') return `(${value.toString()})`;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('Invalid date in an inlined query');
    return `${pg.escapeLiteral(value.toISOString())}::timestamptz`;
  }
  if (typeof value === 'string') return pg.escapeLiteral(text(value));
  // An array literal as one string ('{"a","b"}'); the query casts it to its element type.
  if (Array.isArray(value)) return pg.escapeLiteral(arrayLiteral(value));
  throw new Error(`Cannot inline a ${typeof value} into a query`);
}

function arrayLiteral(items: unknown[]): string {
  const elements = items.map((item) => {
    if (item === null) return 'NULL';
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
      throw new Error('Only arrays of strings, numbers or booleans can be inlined');
    }
    return `"${text(String(item)).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${elements.join(',')}}`;
}

/** PostgreSQL text cannot hold NUL, and the protocol would cut the query there: refuse it. */
function text(value: string): string {
  if (value.includes('\0')) throw AppError.invalid('querystring', 'Contains a NUL character');
  return value;
}
