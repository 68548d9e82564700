import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';

/** The instant before which a case must have closed for its person to be expired. */
export function closedBefore(now: Date, retentionMonths: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
  return cutoff;
}

/** Not yet erased, at least one case, and every case closed before the cutoff. */
const expired = (cutoff: Date) => Prisma.sql`
  p.erased_at IS NULL
  AND EXISTS (SELECT 1 FROM cases c WHERE c.person_id = p.id)
  AND NOT EXISTS (
    SELECT 1 FROM cases c WHERE c.person_id = p.id
      AND (c.status <> 'closed' OR c.closed_at IS NULL OR c.closed_at >= ${cutoff}))`;

/**
 * Expired people by id after `after`: keyset pages, so that a person whose erasure fails is not met
 * again in the same sweep.
 */
export function expiredPeople(db: DbOrTx, cutoff: Date, page: { after?: string; take: number }) {
  const after = page.after ?? '00000000-0000-0000-0000-000000000000';
  return sqlOf(db).query<{ id: string; alias: string }>(Prisma.sql`
    SELECT p.id::text, p.alias FROM people p
    WHERE ${expired(cutoff)} AND p.id > ${after}::uuid
    ORDER BY p.id LIMIT ${page.take}`);
}

export async function countExpiredPeople(db: DbOrTx, cutoff: Date): Promise<number> {
  const [row] = await sqlOf(db).query<{ n: number }>(
    Prisma.sql`SELECT count(*)::int AS n FROM people p WHERE ${expired(cutoff)}`,
  );
  return row?.n ?? 0;
}

export function casesOf(db: DbOrTx, personIds: string[]) {
  return db.case.findMany({
    where: { personId: { in: personIds } },
    select: { id: true, personId: true, reference: true, type: true, closedAt: true },
    orderBy: [{ closedAt: 'asc' }, { reference: 'asc' }],
  });
}
