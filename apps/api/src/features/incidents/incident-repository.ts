import { randomUUID } from 'node:crypto';
import type { IncidentInput } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { Cursor } from './incident-cursor';
import type { IncidentSummaryColumns } from './incident-input';
import { INCIDENT_RECORDS_SQL, type IncidentRecord, incidentRecordOf } from './incident-record';

export type { IncidentRecord } from './incident-record';

export async function nextReference(db: DbOrTx, at: Date): Promise<string> {
  const [row] = await sqlOf(db).query<{ n: bigint }>(
    Prisma.sql`SELECT nextval('incident_reference_seq') AS n`,
  );
  return `INC-${at.getUTCFullYear()}-${String(row?.n ?? 0).padStart(6, '0')}`;
}

type Scalars = Omit<IncidentInput, 'victims' | 'perpetrators' | 'acts' | 'witnesses' | 'followUps'>;

export function scalarColumns(input: IncidentInput): Scalars {
  const { victims: _v, perpetrators: _p, acts: _a, witnesses: _w, followUps: _f, ...scalars } = input;
  return scalars;
}

/**
 * Writes the children of an incident (after deleting the old ones on an edit). `keptVictims` holds the
 * victims before the edit (id → linked casework person): a key that names one of them keeps its id
 * and its link, so an edit never silently unlinks a victim from the person they are.
 */
export async function writeChildren(
  tx: DbOrTx,
  incidentId: string,
  input: IncidentInput,
  witnessContacts: (string | null)[],
  keptVictims: ReadonlyMap<string, string | null> = new Map(),
): Promise<void> {
  const victimIds = new Map(input.victims.map((v) => [v.key, keptVictims.has(v.key) ? v.key : randomUUID()]));
  const perpetratorIds = new Map(input.perpetrators.map((p) => [p.key, randomUUID()]));
  const actIds = input.acts.map(() => randomUUID());
  await tx.victim.createMany({
    data: input.victims.map(({ key, ...v }) => ({
      ...v,
      id: victimIds.get(key),
      incidentId,
      personId: keptVictims.get(key) ?? null,
    })),
  });
  await tx.perpetrator.createMany({
    data: input.perpetrators.map(({ key, ...p }) => ({ ...p, id: perpetratorIds.get(key), incidentId })),
  });
  await tx.act.createMany({
    data: input.acts.map(({ victimKeys: _v, perpetratorKeys: _p, items: _i, ...act }, position) => ({
      ...act,
      id: actIds[position],
      incidentId,
      position,
    })),
  });
  const links = input.acts.flatMap((act, i) =>
    act.victimKeys.map((key) => ({ actId: actIds[i]!, victimId: victimIds.get(key)! })),
  );
  await tx.actVictim.createMany({ data: links, skipDuplicates: true });
  const perpLinks = input.acts.flatMap((act, i) =>
    act.perpetratorKeys.map((key) => ({ actId: actIds[i]!, perpetratorId: perpetratorIds.get(key)! })),
  );
  await tx.actPerpetrator.createMany({ data: perpLinks, skipDuplicates: true });
  await tx.actItem.createMany({
    data: input.acts.flatMap((act, i) => act.items.map((item) => ({ ...item, actId: actIds[i]! }))),
  });
  await tx.witness.createMany({
    data: input.witnesses.map((w, i) => ({
      incidentId,
      alias: w.alias,
      willingToTestify: w.willingToTestify,
      contactEnc: witnessContacts[i] ?? null,
    })),
  });
  await tx.followUp.createMany({
    data: input.followUps.map((f) => ({
      ...f,
      incidentId,
      date: f.date ? new Date(`${f.date}T00:00:00Z`) : null,
    })),
  });
}

/**
 * Rewrites the incident's row in the export read model (incident_export_rows) from its children, in
 * the caller's transaction: the CSV export reads these cells instead of aggregating the child tables.
 * Called after every write of the children (the SQL function is shared with the triggers and back-fill).
 */
export async function refreshExportRow(tx: DbOrTx, incidentId: string): Promise<void> {
  await tx.$executeRaw`SELECT incident_export_rows_refresh(ARRAY[${incidentId}::uuid])`;
}

export async function deleteChildren(tx: DbOrTx, incidentId: string): Promise<void> {
  await tx.act.deleteMany({ where: { incidentId } });
  await tx.victim.deleteMany({ where: { incidentId } });
  await tx.perpetrator.deleteMany({ where: { incidentId } });
  await tx.witness.deleteMany({ where: { incidentId } });
  await tx.followUp.deleteMany({ where: { incidentId } });
}

export function createIncidentRow(
  tx: DbOrTx,
  data: Scalars & IncidentSummaryColumns & { id: string; reference: string; authorId: string },
) {
  return tx.incident.create({ data });
}

/** Optimistic lock: the update applies only if nobody saved a newer version meanwhile. */
export async function updateIncidentRow(
  tx: DbOrTx,
  id: string,
  version: number,
  data: Prisma.IncidentUncheckedUpdateManyInput,
): Promise<boolean> {
  const result = await tx.incident.updateMany({
    where: { id, version },
    data: { ...data, version: version + 1 },
  });
  return result.count === 1;
}

/** The full records of `ids` (any order), in one statement (incident-record.ts). */
export async function findIncidentDetails(db: DbOrTx, ids: string[]): Promise<IncidentRecord[]> {
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
