import { type DbOrTx, Prisma, type SqlTarget, sqlOf } from '@vigil/db';
import type { Cursor } from './incident-cursor';
import { INCIDENT_RECORDS_SQL, type IncidentRecord, incidentRecordOf } from './incident-record';

export type { IncidentRecord } from './incident-record';

/** The full records of `ids` (any order), in one statement (incident-record.ts). */
export async function findIncidentDetails(db: SqlTarget, ids: string[]): Promise<IncidentRecord[]> {
  const rows = await sqlOf(db).query<{ record: Record<string, unknown> }>(
    Prisma.sql`${Prisma.raw(INCIDENT_RECORDS_SQL)} WHERE i.id = ANY(${ids}::uuid[])`,
  );
  return rows.map((row) => incidentRecordOf(row.record));
}

export interface SummaryRow {
  id: string;
  reference: string;
  status: 'draft' | 'submitted';
  title: string;
  start_at: Date;
  end_at: Date | null;
  date_precision: string;
  site_id: string | null;
  site_name: string | null;
  site_commune: string | null;
  place_text: string | null;
  commune: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinate_precision_m: number | null;
  source_type: string;
  verification_status: string;
  act_type_ids: string[];
  force_ids: string[];
  victim_flags: string[];
  has_media: boolean;
  version: number;
  updated_at: Date;
}

/** One keyset page of the list, in one query over the incident rows (the benchmark runs it bare too). */
export function listIncidentRowsSql(
  where: Prisma.Sql,
  sort: 'start_desc' | 'start_asc',
  cursor: Cursor | null,
  limit: number,
): Prisma.Sql {
  const after = cursor
    ? sort === 'start_desc'
      ? Prisma.sql`AND (i.start_at, i.id) < (${cursor.startAt}, ${cursor.id}::uuid)`
      : Prisma.sql`AND (i.start_at, i.id) > (${cursor.startAt}, ${cursor.id}::uuid)`
    : Prisma.empty;
  const order =
    sort === 'start_desc' ? Prisma.sql`i.start_at DESC, i.id DESC` : Prisma.sql`i.start_at ASC, i.id ASC`;
  return Prisma.sql`
    SELECT i.id::text AS id, i.reference, i.status::text AS status, i.title, i.start_at, i.end_at,
           i.date_precision::text AS date_precision, i.site_id::text AS site_id, s.name AS site_name,
           s.commune AS site_commune, i.place_text, i.commune, i.latitude, i.longitude, i.coordinate_precision_m,
           i.source_type::text AS source_type, i.verification_status::text AS verification_status,
           i.act_type_ids::text[] AS act_type_ids, i.force_ids::text[] AS force_ids, i.victim_flags,
           i.has_media, i.version, i.updated_at
    FROM incidents i LEFT JOIN sites s ON s.id = i.site_id
    WHERE ${where} ${after}
    ORDER BY ${order}
    LIMIT ${limit}`;
}

export function listIncidentRows(
  db: DbOrTx,
  where: Prisma.Sql,
  sort: 'start_desc' | 'start_asc',
  cursor: Cursor | null,
  limit: number,
) {
  return sqlOf(db).query<SummaryRow>(listIncidentRowsSql(where, sort, cursor, limit));
}

export function countIncidentRows(db: DbOrTx, where: Prisma.Sql) {
  return sqlOf(db).query<{ n: bigint }>(Prisma.sql`SELECT count(*) AS n FROM incidents i WHERE ${where}`);
}
