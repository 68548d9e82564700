import { type DbOrTx, Prisma } from '@vigil/db';

/** One incident flattened by PostgreSQL for the CSV export (children aggregated in the query). */
export interface CsvSourceRow {
  id: string;
  reference: string;
  status: string;
  title: string;
  start_at: Date;
  end_at: Date | null;
  date_precision: string;
  site: string | null;
  commune: string | null;
  place_text: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinate_precision_m: number | null;
  source_type: string;
  source_reliability: string;
  verification_status: string;
  reviewed_at: Date | null;
  act_type_ids: string[];
  force_ids: string[];
  units: string[];
  rio_shown: string | null;
  rio_numbers: string | null;
  officer_count: number;
  vehicle_count: number;
  vehicle_plates: string | null;
  victim_count: number;
  victim_groups: number;
  victim_flags: string[];
  injured_acts: number;
  medical_certificates: number;
  quote_count: number;
  items_seized: number;
  items_destroyed: number;
  items_damaged: number;
  witness_count: number;
  witnesses_willing_to_testify: number;
  witness_aliases: string[] | null;
  witness_contacts_enc: (string | null)[] | null;
  follow_ups: string | null;
  follow_up_statuses: string[];
  file_count: number;
  file_sha256: string | null;
  file_ids: string[] | null;
  narrative: string;
  version: number;
  updated_at: Date;
}

/**
 * One keyset page of CSV rows in one statement: the page of incidents, then each child table
 * aggregated over that page only (index lookups by incident id), instead of loading every child row
 * into objects. Summary arrays on the incident (act types, forces, units, flags) need no join at all.
 */
export function csvPage(
  db: DbOrTx,
  where: Prisma.Sql,
  after: { startAt: Date; id: string } | null,
  limit: number,
) {
  const from = after
    ? Prisma.sql`AND (i.start_at, i.id) > (${after.startAt}, ${after.id}::uuid)`
    : Prisma.empty;
  return db.$queryRaw<CsvSourceRow[]>`
    WITH page AS MATERIALIZED (
      SELECT i.id, i.reference, i.status, i.title, i.start_at, i.end_at, i.date_precision, i.site_id, i.commune,
        i.place_text, i.latitude, i.longitude, i.coordinate_precision_m, i.source_type, i.source_reliability,
        i.verification_status, i.reviewed_at, i.act_type_ids, i.force_ids, i.units, i.victim_flags,
        i.follow_up_statuses, i.narrative, i.version, i.updated_at
      FROM incidents i WHERE ${where} ${from} ORDER BY i.start_at, i.id LIMIT ${limit}
    ),
    ids AS (SELECT array_agg(id) AS ids FROM page),
    a AS (
      SELECT incident_id,
        count(*) FILTER (WHERE coalesce(injuries, '') <> '')::int AS injured_acts,
        count(*) FILTER (WHERE medical_certificate)::int AS medical_certificates,
        coalesce(sum(cardinality(quotes)), 0)::int AS quote_count
      FROM acts WHERE incident_id = ANY((SELECT ids FROM ids)::uuid[]) GROUP BY incident_id
    ),
    it AS (
      SELECT x.incident_id,
        coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'seized'), 0)::int AS seized,
        coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'destroyed'), 0)::int AS destroyed,
        coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'damaged'), 0)::int AS damaged
      FROM act_items ai JOIN acts x ON x.id = ai.act_id
      WHERE x.incident_id = ANY((SELECT ids FROM ids)::uuid[]) GROUP BY x.incident_id
    ),
    p AS (
      SELECT incident_id,
        string_agg(rio_shown::text, '; ' ORDER BY id) AS rio_shown,
        string_agg(DISTINCT rio_number, '; ') AS rio_numbers,
        coalesce(sum(officer_count), 0)::int AS officer_count,
        coalesce(sum(vehicle_count), 0)::int AS vehicle_count,
        string_agg(array_to_string(vehicle_plates, '; '), '; ' ORDER BY id)
          FILTER (WHERE cardinality(vehicle_plates) > 0) AS vehicle_plates
      FROM perpetrators WHERE incident_id = ANY((SELECT ids FROM ids)::uuid[]) GROUP BY incident_id
    ),
    v AS (
      SELECT incident_id, sum(count)::int AS victim_count, count(*) FILTER (WHERE is_group)::int AS victim_groups
      FROM victims WHERE incident_id = ANY((SELECT ids FROM ids)::uuid[]) GROUP BY incident_id
    ),
    w AS (
      SELECT incident_id, count(*)::int AS witness_count,
        count(*) FILTER (WHERE willing_to_testify)::int AS willing,
        array_agg(alias ORDER BY id) AS aliases, array_agg(contact_enc ORDER BY id) AS contacts
      FROM witnesses WHERE incident_id = ANY((SELECT ids FROM ids)::uuid[]) GROUP BY incident_id
    ),
    f AS (
      SELECT incident_id,
        string_agg(concat_ws(' ', body::text, status::text, reference), '; ' ORDER BY date NULLS LAST, id) AS follow_ups
      FROM follow_ups WHERE incident_id = ANY((SELECT ids FROM ids)::uuid[]) GROUP BY incident_id
    ),
    e AS (
      SELECT incident_id, count(*)::int AS file_count, string_agg(sha256, '; ' ORDER BY uploaded_at, id) AS file_sha256,
        array_agg(id::text) AS file_ids
      FROM evidence_files WHERE incident_id = ANY((SELECT ids FROM ids)::uuid[]) GROUP BY incident_id
    )
    SELECT page.id::text AS id, page.reference, page.status::text AS status, page.title, page.start_at, page.end_at,
      page.date_precision::text AS date_precision, s.name AS site, page.commune, page.place_text,
      page.latitude, page.longitude, page.coordinate_precision_m, page.source_type::text AS source_type,
      page.source_reliability::text AS source_reliability, page.verification_status::text AS verification_status,
      page.reviewed_at, page.act_type_ids::text[] AS act_type_ids, page.force_ids::text[] AS force_ids, page.units,
      p.rio_shown, p.rio_numbers, coalesce(p.officer_count, 0) AS officer_count,
      coalesce(p.vehicle_count, 0) AS vehicle_count, p.vehicle_plates,
      coalesce(v.victim_count, 0) AS victim_count, coalesce(v.victim_groups, 0) AS victim_groups, page.victim_flags,
      coalesce(a.injured_acts, 0) AS injured_acts, coalesce(a.medical_certificates, 0) AS medical_certificates,
      coalesce(a.quote_count, 0) AS quote_count, coalesce(it.seized, 0) AS items_seized,
      coalesce(it.destroyed, 0) AS items_destroyed, coalesce(it.damaged, 0) AS items_damaged,
      coalesce(w.witness_count, 0) AS witness_count, coalesce(w.willing, 0) AS witnesses_willing_to_testify,
      w.aliases AS witness_aliases, w.contacts AS witness_contacts_enc, f.follow_ups,
      page.follow_up_statuses::text[] AS follow_up_statuses, coalesce(e.file_count, 0) AS file_count, e.file_sha256, e.file_ids,
      page.narrative, page.version, page.updated_at
    FROM page
    LEFT JOIN sites s ON s.id = page.site_id
    LEFT JOIN a ON a.incident_id = page.id
    LEFT JOIN it ON it.incident_id = page.id
    LEFT JOIN p ON p.incident_id = page.id
    LEFT JOIN v ON v.incident_id = page.id
    LEFT JOIN w ON w.incident_id = page.id
    LEFT JOIN f ON f.incident_id = page.id
    LEFT JOIN e ON e.incident_id = page.id
    ORDER BY page.start_at, page.id`;
}
