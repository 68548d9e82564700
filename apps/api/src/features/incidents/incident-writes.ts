import { randomUUID } from 'node:crypto';
import type { IncidentInput } from '@vigil/contracts';
import {
  type Act,
  type ActItem,
  type ActPerpetrator,
  type ActVictim,
  type FollowUp,
  type Incident,
  Prisma,
  type Perpetrator,
  type SqlTarget,
  type Victim,
  type Witness,
  sqlOf,
} from '@vigil/db';
import { columnsOf, rowsJson } from '../../lib/model-json';
import type { IncidentSummaryColumns } from './incident-input';

/**
 * An incident's writes as raw statements, each row typed as its Prisma model (so no column is
 * forgotten) and sent as JSON for `json_populate_recordset`: a whole record and its children in three
 * statements, where Prisma's model API sent one per table, each compiled by its engine first.
 */
type Scalars = Omit<IncidentInput, 'victims' | 'perpetrators' | 'acts' | 'witnesses' | 'followUps'>;

export function scalarColumns(input: IncidentInput): Scalars {
  const { victims: _v, perpetrators: _p, acts: _a, witnesses: _w, followUps: _f, ...scalars } = input;
  return scalars;
}

export async function nextReference(db: SqlTarget, at: Date): Promise<string> {
  const [row] = await sqlOf(db).query<{ n: bigint }>(
    Prisma.sql`SELECT nextval('incident_reference_seq') AS n`,
  );
  return `INC-${at.getUTCFullYear()}-${String(row?.n ?? 0).padStart(6, '0')}`;
}

/** A new incident row, with the defaults of the schema for what the input does not set. */
export async function insertIncidentRow(
  db: SqlTarget,
  data: Scalars & IncidentSummaryColumns & { id: string; reference: string; authorId: string },
): Promise<void> {
  const now = new Date();
  const row: Incident = {
    ...data,
    endAt: data.endAt ?? null,
    siteId: data.siteId ?? null,
    evictionId: data.evictionId ?? null,
    placeText: data.placeText ?? null,
    commune: data.commune ?? null,
    latitude: data.latitude ?? null,
    longitude: data.longitude ?? null,
    coordinatePrecisionM: data.coordinatePrecisionM ?? null,
    verificationStatus: 'unverified',
    reviewedById: null,
    reviewedAt: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    hasMedia: false,
  };
  await sqlOf(db).query(Prisma.sql`
    INSERT INTO incidents SELECT * FROM json_populate_recordset(NULL::incidents, ${rowsJson([row])}::json)`);
}

type IncidentChanges = Partial<Omit<Incident, 'id' | 'version' | 'createdAt' | 'updatedAt'>>;

/**
 * Optimistic lock: sets the given columns (an undefined value leaves its column as it is) only if
 * nobody saved a newer version meanwhile. Returns whether it applied.
 */
export async function updateIncidentRow(
  db: SqlTarget,
  id: string,
  version: number,
  changes: IncidentChanges,
): Promise<boolean> {
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const assignments = columnsOf([...Object.keys(set), 'updatedAt']).map(
    (column) => `${column} = r.${column}`,
  );
  const rows = await sqlOf(db).query(Prisma.sql`
    UPDATE incidents AS i SET ${Prisma.raw(assignments.join(', '))}, version = i.version + 1
    FROM json_populate_recordset(NULL::incidents, ${rowsJson([{ ...set, updatedAt: new Date() }])}::json) AS r
    WHERE i.id = ${id}::uuid AND i.version = ${version}
    RETURNING i.id`);
  return rows.length === 1;
}

/**
 * Writes the children of an incident in one statement (after deleting the old ones on an edit).
 * `keptVictims` holds the victims before the edit (id → linked casework person): a key that names one
 * of them keeps its id and its link, so an edit never silently unlinks a victim from the person they are.
 */
export async function writeChildren(
  db: SqlTarget,
  incidentId: string,
  input: IncidentInput,
  witnessContacts: (string | null)[],
  keptVictims: ReadonlyMap<string, string | null> = new Map(),
): Promise<void> {
  const victimIds = new Map(input.victims.map((v) => [v.key, keptVictims.has(v.key) ? v.key : randomUUID()]));
  const perpetratorIds = new Map(input.perpetrators.map((p) => [p.key, randomUUID()]));
  const actIds = input.acts.map(() => randomUUID());
  const victims = input.victims.map(({ key, ...v }): Victim => ({
    ...v,
    id: victimIds.get(key)!,
    incidentId,
    ageMin: v.ageMin ?? null,
    ageMax: v.ageMax ?? null,
    nationality: v.nationality ?? null,
    language: v.language ?? null,
    personId: keptVictims.get(key) ?? null,
  }));
  const perpetrators = input.perpetrators.map(({ key, ...p }): Perpetrator => ({
    ...p,
    id: perpetratorIds.get(key)!,
    incidentId,
    unit: p.unit ?? null,
    rioNumber: p.rioNumber ?? null,
    officerCount: p.officerCount ?? null,
    vehicleCount: p.vehicleCount ?? null,
  }));
  const acts = input.acts.map(
    ({ victimKeys: _v, perpetratorKeys: _p, items: _i, ...act }, position): Act => ({
      ...act,
      id: actIds[position]!,
      incidentId,
      occurredAt: act.occurredAt ?? null,
      injuries: act.injuries ?? null,
      medicalCertificate: act.medicalCertificate ?? null,
      position,
    }),
  );
  // A key named twice in one act links once.
  const actVictims = input.acts.flatMap((act, i) =>
    [...new Set(act.victimKeys)].map((key): ActVictim => ({
      actId: actIds[i]!,
      victimId: victimIds.get(key)!,
    })),
  );
  const actPerpetrators = input.acts.flatMap((act, i) =>
    [...new Set(act.perpetratorKeys)].map((key): ActPerpetrator => ({
      actId: actIds[i]!,
      perpetratorId: perpetratorIds.get(key)!,
    })),
  );
  const items = input.acts.flatMap((act, i) =>
    act.items.map((item): ActItem => ({ ...item, id: randomUUID(), actId: actIds[i]! })),
  );
  const witnesses = input.witnesses.map((w, i): Witness => ({
    id: randomUUID(),
    incidentId,
    alias: w.alias,
    willingToTestify: w.willingToTestify,
    contactEnc: witnessContacts[i] ?? null,
  }));
  const followUps = input.followUps.map((f): FollowUp => ({
    ...f,
    id: randomUUID(),
    incidentId,
    date: f.date ? new Date(`${f.date}T00:00:00Z`) : null,
    reference: f.reference ?? null,
    outcome: f.outcome ?? null,
  }));
  const insert = (table: string, rows: object[]) =>
    Prisma.sql`INSERT INTO ${Prisma.raw(table)} SELECT * FROM json_populate_recordset(NULL::${Prisma.raw(table)}, ${rowsJson(rows)}::json)`;
  // Sibling inserts of one statement: foreign keys are checked at its end, when all rows are there.
  await sqlOf(db).query(Prisma.sql`
    WITH v AS (${insert('victims', victims)}),
         p AS (${insert('perpetrators', perpetrators)}),
         a AS (${insert('acts', acts)}),
         av AS (${insert('act_victims', actVictims)}),
         ap AS (${insert('act_perpetrators', actPerpetrators)}),
         ai AS (${insert('act_items', items)}),
         w AS (${insert('witnesses', witnesses)}),
         f AS (${insert('follow_ups', followUps)})
    SELECT 1`);
}

/** Deletes an incident's children in one statement (acts take their links and items with them). */
export async function deleteChildren(db: SqlTarget, incidentId: string): Promise<void> {
  await sqlOf(db).query(Prisma.sql`
    WITH a AS (DELETE FROM acts WHERE incident_id = ${incidentId}::uuid),
         v AS (DELETE FROM victims WHERE incident_id = ${incidentId}::uuid),
         p AS (DELETE FROM perpetrators WHERE incident_id = ${incidentId}::uuid),
         w AS (DELETE FROM witnesses WHERE incident_id = ${incidentId}::uuid),
         f AS (DELETE FROM follow_ups WHERE incident_id = ${incidentId}::uuid)
    SELECT 1`);
}

/**
 * Rewrites the incident's row in the export read model (incident_export_rows) from its children, in
 * the caller's transaction: the CSV export reads these cells instead of aggregating the child tables.
 * Called after every write of the children (the SQL function is shared with the triggers and back-fill).
 */
export async function refreshExportRow(db: SqlTarget, incidentId: string): Promise<void> {
  await sqlOf(db).query(Prisma.sql`SELECT incident_export_rows_refresh(ARRAY[${incidentId}::uuid])`);
}

/** One version of the record in its history (the table is append-only). */
export async function insertRevision(
  db: SqlTarget,
  revision: {
    incidentId: string;
    version: number;
    authorId: string;
    changedFields: string[];
    snapshot: object;
  },
): Promise<void> {
  await sqlOf(db).query(Prisma.sql`
    INSERT INTO incident_revisions (id, incident_id, version, author_id, changed_fields, snapshot)
    VALUES (gen_random_uuid(), ${revision.incidentId}::uuid, ${revision.version}, ${revision.authorId}::uuid,
            ${revision.changedFields}::text[], ${JSON.stringify(revision.snapshot)}::jsonb)`);
}
