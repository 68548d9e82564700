import type { ExportLanguage } from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import { cell, iso, list, selectList, word } from './csv-sql';

/**
 * One CSV row per eviction. Like the incident CSV: stable English machine names (French headings
 * under `lang=fr`, csv-headings.ts), vocabulary codes, counts as numbers, yes/no as true/false (oui /
 * non in French; empty when not recorded), statuses, legal bases and property fates as codes (French
 * words in French), the same columns whatever is redacted. Members of the collective (author,
 * reviewer, observers writing the log) are not named.
 */
export const EVICTION_CSV_COLUMNS = [
  'id',
  'reference',
  'status',
  'site',
  'commune',
  'site_area',
  'site_address',
  'latitude',
  'longitude',
  'start_at',
  'end_at',
  'announced',
  'announced_how',
  'bailiff_present',
  'other_actors',
  'legal_basis',
  'order_reference',
  'people_affected',
  'minors_affected',
  'shelter_offered',
  'shelter_where',
  'shelter_accepted',
  'id_checks',
  'arrests',
  'observers_present',
  'observers_obstructed',
  'observers_detained',
  'told_to_stop_filming',
  'forces',
  'units',
  'officer_count',
  'vehicle_count',
  'property_seized',
  'property_destroyed',
  'property_damaged',
  'property',
  'log_entries',
  'log_corrections',
  'linked_incidents',
  'file_count',
  'file_sha256',
  'notes',
  'reviewed_at',
  'version',
  'updated_at',
] as const;

/** true / false as JavaScript writes them (PostgreSQL would write t / f); empty when not recorded. */
const boolText = (expr: string) => `CASE WHEN ${expr} THEN 'true' WHEN NOT ${expr} THEN 'false' END`;

const cells = (
  exactLocation: boolean,
  lang: ExportLanguage,
): Record<(typeof EVICTION_CSV_COLUMNS)[number], string> => {
  const bool = (expr: string) => word('boolean', boolText(expr), lang);
  return {
    id: 'e.id',
    reference: cell('e.reference'),
    status: word('evictionStatus', 'e.status::text', lang),
    site: cell('s.name'),
    commune: cell('s.commune'),
    site_area: cell('s.area'),
    site_address: exactLocation ? cell('s.address') : 'NULL',
    latitude: exactLocation ? 's.latitude' : 'NULL',
    longitude: exactLocation ? 's.longitude' : 'NULL',
    start_at: iso('e.start_at'),
    end_at: iso('e.end_at'),
    announced: bool('e.announced'),
    announced_how: cell('e.announced_how'),
    bailiff_present: bool('e.bailiff_present'),
    other_actors: cell('e.other_actors_text'),
    legal_basis: word('legalBasis', 'e.legal_basis::text', lang),
    order_reference: cell('e.order_reference'),
    people_affected: 'e.people_affected',
    minors_affected: 'e.minors_affected',
    shelter_offered: bool('e.shelter_offered'),
    shelter_where: cell('e.shelter_where'),
    shelter_accepted: 'e.shelter_accepted',
    id_checks: 'e.id_checks',
    arrests: 'e.arrests',
    observers_present: 'e.observers_present',
    observers_obstructed: bool('e.observers_obstructed'),
    observers_detained: bool('e.observers_detained'),
    told_to_stop_filming: bool('e.told_to_stop_filming'),
    forces: cell('fo.codes'),
    units: cell('fo.units'),
    officer_count: 'coalesce(fo.officers, 0)',
    vehicle_count: 'coalesce(fo.vehicles, 0)',
    property_seized: 'coalesce(pr.seized, 0)',
    property_destroyed: 'coalesce(pr.destroyed, 0)',
    property_damaged: 'coalesce(pr.damaged, 0)',
    property: cell('pr.detail'),
    log_entries: 'coalesce(lg.entries, 0)',
    log_corrections: 'coalesce(lg.corrections, 0)',
    linked_incidents: list('li.refs'),
    file_count: 'coalesce(f.file_count, 0)',
    file_sha256: 'f.file_sha256',
    notes: cell('e.notes'),
    reviewed_at: iso('e.reviewed_at'),
    version: 'e.version',
    updated_at: iso('e.updated_at'),
  };
};

/**
 * Every eviction matching `where` (over `evictions e`) as its CSV row, oldest first, for COPY.
 * `incidentVisible` (over `incidents i`) keeps linked incidents the reader may not see out of the row.
 */
export function evictionCsvSelect(
  where: Prisma.Sql,
  incidentVisible: Prisma.Sql,
  exactLocation: boolean,
  lang: ExportLanguage,
): Prisma.Sql {
  return Prisma.sql`
    WITH sel AS MATERIALIZED (
      SELECT e.*, array_to_string(e.other_actors, '; ') AS other_actors_text FROM evictions e WHERE ${where}
    ),
    fo AS (
      SELECT ef.eviction_id,
        string_agg(t.code, '; ' ORDER BY t.code, ef.id) AS codes,
        string_agg(ef.unit, '; ' ORDER BY t.code, ef.id) AS units,
        sum(ef.officer_count)::int AS officers, sum(ef.vehicle_count)::int AS vehicles
      FROM eviction_forces ef JOIN vocabulary_terms t ON t.id = ef.force_id
      WHERE ef.eviction_id IN (SELECT id FROM sel) GROUP BY ef.eviction_id
    ),
    pr AS (
      SELECT p.eviction_id,
        coalesce(sum(p.count) FILTER (WHERE p.fate = 'seized'), 0)::int AS seized,
        coalesce(sum(p.count) FILTER (WHERE p.fate = 'destroyed'), 0)::int AS destroyed,
        coalesce(sum(p.count) FILTER (WHERE p.fate = 'damaged'), 0)::int AS damaged,
        string_agg(concat_ws(' ', p.count, t.code, ${Prisma.raw(word('fate', 'p.fate::text', lang))}), '; ' ORDER BY p.fate, t.code) AS detail
      FROM eviction_property p JOIN vocabulary_terms t ON t.id = p.property_type_id
      WHERE p.eviction_id IN (SELECT id FROM sel) GROUP BY p.eviction_id
    ),
    lg AS (
      SELECT eviction_id, count(*)::int AS entries, count(corrects_id)::int AS corrections
      FROM eviction_log_entries WHERE eviction_id IN (SELECT id FROM sel) GROUP BY eviction_id
    ),
    li AS (
      SELECT i.eviction_id, array_agg(i.reference ORDER BY i.start_at, i.id) AS refs
      FROM incidents i WHERE i.eviction_id IN (SELECT id FROM sel) AND ${incidentVisible} GROUP BY i.eviction_id
    ),
    f AS (
      SELECT eviction_id, count(*)::int AS file_count, string_agg(sha256, '; ' ORDER BY uploaded_at, id) AS file_sha256
      FROM evidence_files WHERE eviction_id IN (SELECT id FROM sel) GROUP BY eviction_id
    )
    SELECT ${Prisma.raw(selectList(EVICTION_CSV_COLUMNS, cells(exactLocation, lang)))}
    FROM sel e
    JOIN sites s ON s.id = e.site_id
    LEFT JOIN fo ON fo.eviction_id = e.id
    LEFT JOIN pr ON pr.eviction_id = e.id
    LEFT JOIN lg ON lg.eviction_id = e.id
    LEFT JOIN li ON li.eviction_id = e.id
    LEFT JOIN f ON f.eviction_id = e.id
    ORDER BY e.start_at, e.id`;
}
