import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';

export interface CustodyContext {
  actorId: string;
  requestId: string | null;
  note: string;
}

/**
 * Collects the evidence files an export includes and writes one custody event ('exported') per file,
 * in batches, so that a large export adds a few inserts rather than one per row.
 */
export function custodyRecorder(db: DbOrTx, context: CustodyContext, batchSize = 500) {
  let pending: string[] = [];
  let written = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const fileIds = pending;
    pending = [];
    await db.custodyEvent.createMany({
      data: fileIds.map((fileId) => ({
        fileId,
        actorId: context.actorId,
        action: 'exported' as const,
        requestId: context.requestId,
        note: context.note,
      })),
    });
    written += fileIds.length;
  };
  return {
    async add(fileIds: string[]): Promise<void> {
      pending.push(...fileIds);
      if (pending.length >= batchSize) await flush();
    },
    flush,
    get written() {
      return written + pending.length;
    },
  };
}

/**
 * One 'exported' custody event for each file `fileIds` (a SELECT of evidence file ids) yields, in one
 * statement: for exports PostgreSQL writes itself, recorded before the first byte leaves.
 */
export async function recordExported(
  db: DbOrTx,
  fileIds: Prisma.Sql,
  context: CustodyContext,
): Promise<number> {
  return db.$executeRaw`
    INSERT INTO custody_events (id, file_id, actor_id, action, request_id, note)
    SELECT gen_random_uuid(), f.id, ${context.actorId}::uuid, 'exported', ${context.requestId}, ${context.note}
    FROM (${fileIds}) f`;
}

/**
 * For the incident CSV that PostgreSQL streams itself: counts the incidents `where` selects (alias
 * `i`, for the audit entry) and writes one 'exported' custody event per file of theirs, in one
 * statement, so the matching incidents are found once instead of once per purpose.
 */
export async function recordExportedCounting(
  db: DbOrTx,
  where: Prisma.Sql,
  context: CustodyContext,
): Promise<number> {
  const [row] = await sqlOf(db).query<{ n: number }>(Prisma.sql`
    WITH matched AS MATERIALIZED (SELECT i.id FROM incidents i WHERE ${where}),
    recorded AS (
      INSERT INTO custody_events (id, file_id, actor_id, action, request_id, note)
      SELECT gen_random_uuid(), ef.id, ${context.actorId}::uuid, 'exported', ${context.requestId}, ${context.note}
      FROM evidence_files ef JOIN matched m ON m.id = ef.incident_id
      RETURNING 1)
    SELECT (SELECT count(*) FROM matched)::int AS n`);
  return row?.n ?? 0;
}
