import { Prisma } from '@vigil/db';
import { CSV_COLUMNS } from './csv-columns';
import { incidentChildAggregates, incidentChildJoins } from './incident-children-sql';

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

// The redacted incident row (exports without includeIdentities): no coordinates, no contacts.
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
  act_types: cell('at.codes'),
  act_types_en: cell('at.labels'),
  forces: cell('fo.codes'),
  units: cell('i.units_text'),
  rio_shown: 'p.rio_shown',
  rio_numbers: cell('p.rio_numbers'),
  officer_count: 'coalesce(p.officer_count, 0)',
  vehicle_count: 'coalesce(p.vehicle_count, 0)',
  vehicle_plates: cell('p.vehicle_plates'),
  victim_count: 'coalesce(v.victim_count, 0)',
  victim_groups: 'coalesce(v.victim_groups, 0)',
  victim_flags: list('i.victim_flags'),
  injured_acts: 'coalesce(a.injured_acts, 0)',
  medical_certificates: 'coalesce(a.medical_certificates, 0)',
  items_seized: 'coalesce(it.seized, 0)',
  items_destroyed: 'coalesce(it.destroyed, 0)',
  items_damaged: 'coalesce(it.damaged, 0)',
  quote_count: 'coalesce(a.quote_count, 0)',
  witness_count: 'coalesce(w.witness_count, 0)',
  witnesses_willing_to_testify: 'coalesce(w.willing, 0)',
  witness_contacts: 'NULL',
  follow_ups: cell('f.follow_ups'),
  follow_up_statuses: list('i.follow_up_statuses::text[]'),
  file_count: 'coalesce(e.file_count, 0)',
  file_sha256: 'e.file_sha256',
  narrative: cell('i.narrative'),
  version: 'i.version',
  updated_at: iso('i.updated_at'),
};

/**
 * The codes (and English labels) of the terms in an id array column of the selection, in array order,
 * per incident: one grouped pass with a hash join on the small vocabulary, rather than a subquery per
 * row. An id without a term (deleted since) is written as itself, as the app-side writer does.
 */
function termList(name: string, column: string, withLabels: boolean): Prisma.Sql {
  const labels = withLabels
    ? `, string_agg(coalesce(t.label_en, u.x::text), '; ' ORDER BY u.o) AS labels`
    : '';
  return Prisma.raw(`${name} AS (
      SELECT s.id, string_agg(coalesce(t.code, u.x::text), '; ' ORDER BY u.o) AS codes${labels}
      FROM sel s CROSS JOIN LATERAL unnest(s.${column}) WITH ORDINALITY u(x, o)
      LEFT JOIN vocabulary_terms t ON t.id = u.x
      GROUP BY s.id
    )`);
}

/**
 * Every incident matching `where` as the redacted CSV row, oldest first, in one statement for COPY.
 * The matching incidents are selected once; each child table is aggregated over them in one pass
 * (hash joins on a large selection, index lookups on a small one) rather than row by row; the
 * app-side writer (csv-query.ts, for exports with identities) aggregates the same way per page.
 */
export function incidentCsvSelect(where: Prisma.Sql): Prisma.Sql {
  // Only the columns the row needs (not the search vector): the selection is kept in memory.
  const sel = Prisma.sql`sel AS MATERIALIZED (
    SELECT i.id, i.reference, i.status, i.title, i.start_at, i.end_at, i.date_precision, i.site_id, i.commune,
      i.place_text, i.source_type, i.source_reliability, i.verification_status, i.reviewed_at, i.act_type_ids,
      i.force_ids, array_to_string(i.units, '; ') AS units_text, i.victim_flags, i.follow_up_statuses,
      i.narrative, i.version, i.updated_at
    FROM incidents i WHERE ${where})`;
  return Prisma.sql`
    WITH ${sel},
    ${termList('at', 'act_type_ids', true)},
    ${termList('fo', 'force_ids', false)},
    ${incidentChildAggregates((column) => `${column} IN (SELECT id FROM sel)`)}
    SELECT ${Prisma.raw(selectList(CSV_COLUMNS, INCIDENT_CELLS))}
    FROM sel i
    ${incidentChildJoins('i')}
    LEFT JOIN at ON at.id = i.id
    LEFT JOIN fo ON fo.id = i.id
    ORDER BY i.start_at, i.id`;
}
