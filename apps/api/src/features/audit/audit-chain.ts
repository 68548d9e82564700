import { createHash } from 'node:crypto';
import type { DbOrTx } from '@vigil/db';

export const GENESIS_HASH = '0'.repeat(64);

interface ChainRow {
  id: bigint;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[];
  requestId: string | null;
  meta: string | null;
  prevHash: string;
  hash: string;
}

// Mirrors audit_part() in the migration: length-prefixed so no two rows share a canonical text.
function part(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/** Recomputes a row's hash exactly as the database trigger does. */
export function auditRowHash(row: Omit<ChainRow, 'hash'>): string {
  const canonical = [
    row.prevHash,
    row.id.toString(),
    row.at.toISOString(),
    row.actorId,
    row.action,
    row.entityType,
    row.entityId,
    JSON.stringify(row.fields),
    row.requestId,
    row.meta,
  ]
    .map(part)
    .join('|');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export interface ChainReport {
  checked: number;
  headHash: string;
  /** The first row whose link or content does not match, if any. */
  broken: { id: string; reason: 'content' | 'link' | 'head' } | null;
}

/** Walks the whole chain in id order, a page at a time, and reports the first broken link. */
export async function verifyAuditChain(db: DbOrTx, pageSize = 5_000): Promise<ChainReport> {
  let previous = GENESIS_HASH;
  let cursor: bigint | undefined;
  let checked = 0;
  for (;;) {
    const rows: ChainRow[] = await db.auditEvent.findMany({
      where: cursor === undefined ? undefined : { id: { gt: cursor } },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    for (const row of rows) {
      if (row.prevHash !== previous) return { checked, headHash: previous, broken: { id: `${row.id}`, reason: 'link' } };
      if (auditRowHash(row) !== row.hash) {
        return { checked, headHash: previous, broken: { id: `${row.id}`, reason: 'content' } };
      }
      previous = row.hash;
      checked += 1;
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) break;
    cursor = last.id;
  }
  // A deleted tail leaves the head pointing past the last row.
  const head = await db.auditChainHead.findUnique({ where: { id: 1 } });
  if (head && head.lastHash !== previous) {
    return { checked, headHash: previous, broken: { id: `${head.lastId}`, reason: 'head' } };
  }
  return { checked, headHash: previous, broken: null };
}
