import type { IncidentInput } from '@vigil/contracts';
import { type Incident, Prisma, type SqlTarget, sqlOf } from '@vigil/db';
import { columnsOf, insertRows, rowsJson } from '../../lib/model-json';
import type { IncidentSummaryColumns } from './incident-input';

/**
 * An incident's writes as raw statements, each row typed as its Prisma model (so no column is
 * forgotten) and sent as JSON for `json_populate_recordset`: a new record and its children in one
 * statement, an edit in three (incident-children.ts), where Prisma's model API sent one per table,
 * each compiled by its engine first.
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

/**
 * A new incident row, with the defaults of the schema for what the input does not set, and its
 * children (childInserts) in the same statement. The export read model's AFTER INSERT trigger on
 * incidents fires at the statement's end and sees the children: the export row and line are written
 * once, complete, with no refresh after.
 */
export async function insertIncident(
  db: SqlTarget,
  data: Scalars & IncidentSummaryColumns & { id: string; reference: string; authorId: string },
  children: Prisma.Sql,
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
  await sqlOf(db).query(Prisma.sql`WITH i AS (${insertRows('incidents', [row])}), ${children} SELECT 1`);
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
 * Rewrites the incident's row in the export read model (incident_export_rows) from its children, in
 * the caller's transaction: the CSV export reads these cells instead of aggregating the child tables.
 * Called after an edit rewrites the children (the SQL function is shared with the triggers and back-fill).
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
