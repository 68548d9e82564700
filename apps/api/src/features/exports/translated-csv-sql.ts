import type { ExportLanguage } from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import { CSV_COLUMNS } from './csv-columns';
import { cell, iso, selectList, word, words } from './csv-sql';

/**
 * The redacted incident CSV in another language than the stored lines' (English codes and labels,
 * incident_export_lines): the same cells as incident_export_lines_refresh writes them, from the same
 * sources (the incident, its site, its incident_export_rows row), with enum values as words and act
 * type labels from label_fr. COPY (FORMAT csv) formats and quotes them as the stored lines are, so
 * only the words differ; coordinates and witness contacts are always empty, as in the stored lines.
 */
function cells(lang: ExportLanguage): Record<(typeof CSV_COLUMNS)[number], string> {
  return {
    id: 'i.id',
    reference: cell('i.reference'),
    status: word('incidentStatus', 'i.status::text', lang),
    title: cell('i.title'),
    start_at: iso('i.start_at'),
    end_at: iso('i.end_at'),
    date_precision: word('datePrecision', 'i.date_precision::text', lang),
    site: cell('s.name'),
    commune: cell('i.commune'),
    place_text: cell('i.place_text'),
    latitude: 'NULL',
    longitude: 'NULL',
    coordinate_precision_m: 'NULL',
    source_type: word('sourceType', 'i.source_type::text', lang),
    source_reliability: word('sourceReliability', 'i.source_reliability::text', lang),
    verification_status: word('verificationStatus', 'i.verification_status::text', lang),
    reviewed_at: iso('i.reviewed_at'),
    act_types: cell('x.act_types'),
    act_types_en: cell('at.labels'),
    forces: cell('x.forces'),
    units: cell(`array_to_string(i.units, '; ')`),
    rio_shown: words('rioShown', `string_to_array(x.rio_shown, '; ')`, lang),
    rio_numbers: cell('x.rio_numbers'),
    officer_count: 'x.officer_count',
    vehicle_count: 'x.vehicle_count',
    vehicle_plates: cell('x.vehicle_plates'),
    victim_count: 'x.victim_count',
    victim_groups: 'x.victim_groups',
    victim_flags: words('victimFlag', 'i.victim_flags::text[]', lang),
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
    follow_up_statuses: words('followUpStatus', 'i.follow_up_statuses::text[]', lang),
    file_count: 'x.file_count',
    file_sha256: 'x.file_sha256',
    narrative: cell('i.narrative'),
    version: 'i.version',
    updated_at: iso('i.updated_at'),
  };
}

/** Every incident matching `where` as its redacted CSV row in `lang`, oldest first, for COPY … HEADER. */
export function translatedIncidentCsvSelect(where: Prisma.Sql, lang: ExportLanguage): Prisma.Sql {
  const label = lang === 'fr' ? 't.label_fr' : 't.label_en';
  return Prisma.sql`
    SELECT ${Prisma.raw(selectList(CSV_COLUMNS, cells(lang)))}
    FROM incidents i
    JOIN incident_export_rows x ON x.incident_id = i.id
    LEFT JOIN sites s ON s.id = i.site_id
    -- An id without a term is written as itself, as the stored lines and the app-side writer do.
    CROSS JOIN LATERAL (
      SELECT string_agg(coalesce(${Prisma.raw(label)}, u.x::text), '; ' ORDER BY u.o) AS labels
      FROM unnest(i.act_type_ids) WITH ORDINALITY u(x, o) LEFT JOIN vocabulary_terms t ON t.id = u.x
    ) at
    WHERE ${where}
    ORDER BY i.start_at, i.id`;
}
