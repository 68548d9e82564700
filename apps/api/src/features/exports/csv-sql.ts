import type { ExportLanguage } from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import pg from 'pg';
import { CSV_COLUMNS } from './csv-columns';
import { type EnumKind, FRENCH_ENUM_WORDS } from './enum-words';

/**
 * SQL expressions that write a cell the way the app-side writer (csv-columns.ts with csv-stringify)
 * does, so COPY … (FORMAT csv) gives the same file: timestamps as JavaScript's toISOString(), a
 * leading = + - @ tab or CR prefixed with a quote (spreadsheets must not run it), and empty text as
 * NULL (COPY would quote an empty string as "", csv-stringify writes nothing).
 */
export const iso = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const cell = (expr: string) =>
  `NULLIF(CASE WHEN left(${expr}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || ${expr} ELSE ${expr} END, '')`;

/** `expr` is a column reference (it appears several times): compute anything costly in a join first. */
export const list = (arrayExpr: string) => `NULLIF(array_to_string(${arrayExpr}, '; '), '')`;

/** Builds `SELECT <expr> AS "<column>", …` in the order of `columns`, from one expression per column. */
export function selectList<C extends string>(columns: readonly C[], exprs: Record<C, string>): string {
  return columns.map((column) => `${exprs[column]} AS "${column}"`).join(',\n  ');
}

/**
 * An enum `expr` (text) as a word of the export's language: the code itself in English, in French a
 * CASE over the word table, so PostgreSQL translates as it writes the rows (no per-row app code).
 */
export function word(kind: EnumKind, expr: string, lang: ExportLanguage): string {
  if (lang === 'en') return expr;
  const cases = Object.entries(FRENCH_ENUM_WORDS[kind]).map(
    ([code, text]) => `WHEN ${pg.escapeLiteral(code)} THEN ${pg.escapeLiteral(text)}`,
  );
  return `CASE ${expr} ${cases.join(' ')} ELSE ${expr} END`;
}

/** An array of enum values (text[]) as words joined by '; ', NULL when empty. */
export const words = (kind: EnumKind, arrayExpr: string, lang: ExportLanguage) =>
  `(SELECT string_agg(${word(kind, 'u.v', lang)}, '; ' ORDER BY u.o) FROM unnest(${arrayExpr}) WITH ORDINALITY u(v, o))`;

/** The header row of the incident CSV, as COPY … HEADER would write it (no name needs quoting). */
export const INCIDENT_CSV_HEADER = `${CSV_COLUMNS.join(',')}\n`;

/**
 * Every incident matching `where` as its redacted CSV line, oldest first, in one statement for COPY.
 * The lines are stored whole in incident_export_lines (migration 20261201170000_export_lines: every
 * cell formatted and quoted as COPY (FORMAT csv) would, kept in step with the incident, its site and its
 * incident_export_rows row by triggers), so the export only filters, sorts and streams them. The inner
 * join is safe because the line is written in the incident's own transaction (foreign key, cascade);
 * the app-side writer (csv-query.ts) still aggregates and formats everything itself, which is what the
 * export tests compare this file with.
 */
export function incidentCsvSelect(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT l.line
    FROM incidents i
    JOIN incident_export_lines l ON l.incident_id = i.id
    WHERE ${where}
    ORDER BY i.start_at, i.id`;
}
