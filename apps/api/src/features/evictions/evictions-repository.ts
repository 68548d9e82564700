import type { EvictionInput, EvictionListQuery } from '@vigil/contracts';
import { type DbOrTx, type EvictionStatus, Prisma, type SqlTarget, sqlOf } from '@vigil/db';
import type { Cursor } from '../incidents/incident-cursor';

export const evictionInclude = {
  site: { select: { id: true, name: true, commune: true } },
  forces: { include: { force: true } },
  property: { include: { propertyType: true } },
  log: { orderBy: [{ observedAt: 'asc' }, { enteredAt: 'asc' }] },
  incidents: { select: { id: true } },
} satisfies Prisma.EvictionInclude;

export type EvictionRecord = Prisma.EvictionGetPayload<{ include: typeof evictionInclude }>;

export function findEviction(db: DbOrTx, id: string) {
  return db.eviction.findUnique({ where: { id }, include: evictionInclude });
}

/**
 * What decides whether a log entry may be appended — the record's status and author, and whether the
 * entry it corrects belongs to it — in one cheap statement instead of loading the whole record.
 */
export async function logAppendFacts(db: SqlTarget, id: string, correctsId: string | null) {
  const [row] = await sqlOf(db).query<{
    status: EvictionStatus;
    authorId: string;
    correctsHere: boolean | null;
  }>(
    Prisma.sql`
      SELECT e.status::text AS status, e.author_id::text AS "authorId",
             (SELECT c.eviction_id = e.id FROM eviction_log_entries c WHERE c.id = ${correctsId}::uuid) AS "correctsHere"
      FROM evictions e WHERE e.id = ${id}::uuid`,
  );
  return row ?? null;
}

export async function insertLogEntry(
  db: SqlTarget,
  entry: { evictionId: string; authorId: string; observedAt: Date; text: string; correctsId: string | null },
): Promise<string> {
  const [row] = await sqlOf(db).query<{ id: string }>(Prisma.sql`
    INSERT INTO eviction_log_entries (id, eviction_id, author_id, observed_at, text, corrects_id)
    VALUES (gen_random_uuid(), ${entry.evictionId}::uuid, ${entry.authorId}::uuid, ${entry.observedAt}::timestamptz,
            ${entry.text}, ${entry.correctsId}::uuid)
    RETURNING id::text`);
  return row!.id;
}

export async function nextEvictionReference(db: DbOrTx, at: Date): Promise<string> {
  const [row] = await sqlOf(db).query<{ n: bigint }>(
    Prisma.sql`SELECT nextval('eviction_reference_seq') AS n`,
  );
  return `EVC-${at.getUTCFullYear()}-${String(row?.n ?? 0).padStart(6, '0')}`;
}

export function evictionColumns(input: EvictionInput) {
  const { forces: _f, property: _p, ...columns } = input;
  return columns;
}

export async function replaceEvictionChildren(tx: DbOrTx, evictionId: string, input: EvictionInput) {
  await tx.evictionForce.deleteMany({ where: { evictionId } });
  await tx.evictionProperty.deleteMany({ where: { evictionId } });
  await tx.evictionForce.createMany({ data: input.forces.map((f) => ({ ...f, evictionId })) });
  await tx.evictionProperty.createMany({ data: input.property.map((p) => ({ ...p, evictionId })) });
}

export interface EvictionSummaryRow {
  id: string;
  reference: string;
  status: 'draft' | 'submitted' | 'reviewed';
  start_at: Date;
  end_at: Date | null;
  legal_basis: 'order_shown' | 'none_shown' | 'unknown';
  people_affected: number | null;
  incident_count: number;
  version: number;
  site_id: string;
  site_name: string;
  site_commune: string;
}

/** One keyset page of the list in one query (the benchmark runs it bare too). */
export function listEvictionRowsSql(
  where: Prisma.Sql,
  sort: EvictionListQuery['sort'],
  cursor: Cursor | null,
  limit: number,
): Prisma.Sql {
  const desc = sort === 'start_desc';
  const direction = Prisma.raw(desc ? 'DESC' : 'ASC');
  const after = cursor
    ? Prisma.sql`AND (e.start_at, e.id) ${Prisma.raw(desc ? '<' : '>')} (${cursor.startAt}, ${cursor.id}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
    SELECT e.id::text AS id, e.reference, e.status::text AS status, e.start_at, e.end_at,
           e.legal_basis::text AS legal_basis, e.people_affected, e.version,
           (SELECT count(*)::int FROM incidents i WHERE i.eviction_id = e.id) AS incident_count,
           s.id::text AS site_id, s.name AS site_name, s.commune AS site_commune
    FROM evictions e JOIN sites s ON s.id = e.site_id
    WHERE ${where} ${after}
    ORDER BY e.start_at ${direction}, e.id ${direction}
    LIMIT ${limit}`;
}

export function listEvictionRows(
  db: DbOrTx,
  where: Prisma.Sql,
  sort: EvictionListQuery['sort'],
  cursor: Cursor | null,
  limit: number,
) {
  return sqlOf(db).query<EvictionSummaryRow>(listEvictionRowsSql(where, sort, cursor, limit));
}

export async function countEvictionRows(db: DbOrTx, where: Prisma.Sql) {
  const [row] = await sqlOf(db).query<{ n: number; last: Date | null }>(Prisma.sql`
    SELECT count(*)::int AS n, max(e.start_at) AS last FROM evictions e WHERE ${where}`);
  return { count: row?.n ?? 0, lastAt: row?.last ?? null };
}
