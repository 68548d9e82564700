import { Prisma } from '@vigil/db';
import { CSV_COLUMNS } from './csv-columns';

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

// The redacted incident row (exports without includeIdentities): no coordinates, no contacts. Cells
// derived from the incident's children and vocabulary terms come from its row in the read model
// incident_export_rows (x), kept in step with every write; the rest from the incident itself.
const INCIDENT_CELLS: Record<(typeof CSV_COLUMNS)[number], string> = {
  id: 'i.id',
  reference: cell('i.reference'),
  status: 'i.status',
  title: cell('i.title'),
  start_at: iso('i.start_at'),
  end_at: iso('i.end_at'),
  date_precision: 'i.date_precision',
  site: cell('s.name'),
  commune: cell('i.commune'),
  place_text: cell('i.place_text'),
  latitude: 'NULL',
  longitude: 'NULL',
  coordinate_precision_m: 'NULL',
  source_type: 'i.source_type',
  source_reliability: 'i.source_reliability',
  verification_status: 'i.verification_status',
  reviewed_at: iso('i.reviewed_at'),
  act_types: cell('x.act_types'),
  act_types_en: cell('x.act_types_en'),
  forces: cell('x.forces'),
  units: cell(`array_to_string(i.units, '; ')`),
  rio_shown: 'x.rio_shown',
  rio_numbers: cell('x.rio_numbers'),
  officer_count: 'x.officer_count',
  vehicle_count: 'x.vehicle_count',
  vehicle_plates: cell('x.vehicle_plates'),
  victim_count: 'x.victim_count',
  victim_groups: 'x.victim_groups',
  victim_flags: list('i.victim_flags'),
  injured_acts: 'x.injured_acts',
  medical_certificates: 'x.medical_certificates',
  items_seized: 'x.items_seized',
  items_destroyed: 'x.items_destroyed',
  items_damaged: 'x.items_damaged',
  quote_count: 'x.quote_count',
  witness_count: 'x.witness_count',
  witnesses_willing_to_testify: 'x.witnesses_willing',
  witness_contacts: 'NULL',
  follow_ups: cell('x.follow_ups'),
  follow_up_statuses: list('i.follow_up_statuses::text[]'),
  file_count: 'x.file_count',
  file_sha256: 'x.file_sha256',
  narrative: cell('i.narrative'),
  version: 'i.version',
  updated_at: iso('i.updated_at'),
};

/**
 * Every incident matching `where` as the redacted CSV row, oldest first, in one statement for COPY:
 * the incidents joined one to one with their read-model rows (and the small sites table), no
 * aggregation. The inner join is safe because the row is written in the incident's own transaction
 * (foreign key, cascade); the app-side writer (csv-query.ts) still aggregates the children itself,
 * which is what the export tests compare this file with.
 */
export function incidentCsvSelect(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${Prisma.raw(selectList(CSV_COLUMNS, INCIDENT_CELLS))}
    FROM incidents i
    JOIN incident_export_rows x ON x.incident_id = i.id
    LEFT JOIN sites s ON s.id = i.site_id
    WHERE ${where}
    ORDER BY i.start_at, i.id`;
}
