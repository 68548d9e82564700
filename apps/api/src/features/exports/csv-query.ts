import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import { incidentChildAggregates, incidentChildJoins } from './incident-children-sql';

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
  return sqlOf(db).query<CsvSourceRow>(Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT i.id, i.reference, i.status, i.title, i.start_at, i.end_at, i.date_precision, i.site_id, i.commune,
        i.place_text, i.latitude, i.longitude, i.coordinate_precision_m, i.source_type, i.source_reliability,
        i.verification_status, i.reviewed_at, i.act_type_ids, i.force_ids, i.units, i.victim_flags,
        i.follow_up_statuses, i.narrative, i.version, i.updated_at
      FROM incidents i WHERE ${where} ${from} ORDER BY i.start_at, i.id LIMIT ${limit}
    ),
    ids AS (SELECT array_agg(id) AS ids FROM page),
    ${incidentChildAggregates((column) => `${column} = ANY((SELECT ids FROM ids)::uuid[])`)}
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
    ${incidentChildJoins('page')}
    ORDER BY page.start_at, page.id`);
}
