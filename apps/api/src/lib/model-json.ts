import { Prisma } from '@vigil/db';

/**
 * Rows of a Prisma model built as JSON by PostgreSQL (`json_build_object`) and read back with the
 * types Prisma's own queries give. Used where a record and its relations are assembled in ONE
 * statement: Prisma's relation joins send a query PostgreSQL takes ~7 ms to plan on every call.
 *
 * A model's fields are listed with how JSON carries them; the type is a record over the model's keys,
 * so a field added to the schema fails the type-check until it is listed here too. Columns are the
 * fields in snake_case, as every `@map` of the schema names them.
 */
export type JsonKind = 'value' | 'date' | 'bigint';
export type ModelKinds<T> = { readonly [K in keyof T]-?: JsonKind };

const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** `json_build_object('field', alias.column, …)` over every field of the model, then `extra` entries. */
export function jsonObjectSql<T>(
  alias: string,
  kinds: ModelKinds<T>,
  extra: Record<string, string> = {},
): string {
  const entries = [
    ...Object.keys(kinds).map((field) => `'${field}', ${alias}.${columnOf(field)}`),
    ...Object.entries(extra).map(([key, expr]) => `'${key}', ${expr}`),
  ];
  return `json_build_object(${entries.join(', ')})`;
}

/** `coalesce(json_agg(<object> ORDER BY …), '[]')` of a child table, as a scalar subquery. */
export function jsonArraySql(object: string, from: string, orderBy?: string): string {
  return `coalesce((SELECT json_agg(${object}${orderBy ? ` ORDER BY ${orderBy}` : ''}) FROM ${from}), '[]'::json)`;
}

/**
 * The model's fields of a JSON object, typed back: timestamps and dates (ISO text in JSON) as Date,
 * int8 as BigInt. PostgreSQL writes a `date` as YYYY-MM-DD, which Date reads as UTC midnight, as
 * Prisma does.
 */
export function fromJson<T>(kinds: ModelKinds<T>, json: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(kinds) as [string, JsonKind][]) {
    const value = json[field];
    if (value === null || value === undefined || kind === 'value') out[field] = value ?? null;
    else if (kind === 'date') out[field] = new Date(value as string);
    else out[field] = BigInt(value as number);
  }
  return out as T;
}

/**
 * Rows of a model as JSON with their columns as keys, for `json_populate_recordset(NULL::table, …)`:
 * typing the rows as the model makes every column present, so none falls back to NULL unnoticed.
 */
export function rowsJson<T extends object>(rows: readonly T[]): string {
  return JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([field, value]) => [columnOf(field), value])),
    ),
  );
}

/** `INSERT INTO table` of rows typed as its model, for one part of a WITH statement. */
export function insertRows<T extends object>(table: string, rows: readonly T[]): Prisma.Sql {
  const [name] = columnsOf([table]);
  return Prisma.sql`INSERT INTO ${Prisma.raw(name!)} SELECT * FROM json_populate_recordset(NULL::${Prisma.raw(name!)}, ${rowsJson(rows)}::json)`;
}

/** The columns of `fields`, for a SET list: checked to be plain snake_case names before they go into SQL. */
export function columnsOf(fields: readonly string[]): string[] {
  return fields.map((field) => {
    const column = columnOf(field);
    if (!/^[a-z][a-z0-9_]*$/.test(column)) throw new Error(`Not a column name: ${field}`);
    return column;
  });
}
