import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '@vigil/db';
import { type WrappingKey, unwrapDataKey, wrapDataKey } from '../vault/data-keys';

/** The same lock ensureActiveDataKey takes: a process booting meanwhile waits for the rotation. */
const lockDataKeys = (tx: Tx) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('vigil:casework-data-key'))`;

/**
 * Re-wraps every data key under `to`, in one transaction: all or none. Keys already under `to` (a
 * rotation run twice) are re-wrapped too. API processes keep their unwrapped data keys in memory, so
 * they go on reading and sealing; a process started afterwards needs `to` as its CASEWORK_KEY.
 */
export function rewrapDataKeys(
  db: Db,
  from: { current: WrappingKey; previous: WrappingKey | null },
  to: WrappingKey,
  now = new Date(),
): Promise<number> {
  return db.$transaction(async (tx) => {
    await lockDataKeys(tx);
    const rows = await tx.dataKey.findMany({ orderBy: { id: 'asc' } });
    for (const row of rows) {
      const wrapping = [to, from.current, from.previous].find((w) => w?.id === row.masterKeyId);
      if (!wrapping) {
        throw new Error(
          `Casework data key ${row.id} is wrapped by a key this command was not given (set CASEWORK_KEY_PREVIOUS)`,
        );
      }
      await tx.dataKey.update({
        where: { id: row.id },
        data: {
          wrapped: wrapDataKey(to, unwrapDataKey(wrapping, row.wrapped)),
          masterKeyId: to.id,
          rewrappedAt: now,
        },
      });
    }
    return rows.length;
  });
}

/** A new active data key under `wrapping`; the old ones stay, inactive, to open what they sealed. */
export function addDataKey(db: Db, wrapping: WrappingKey): Promise<number> {
  return db.$transaction(async (tx) => {
    await lockDataKeys(tx);
    await tx.dataKey.updateMany({ where: { active: true }, data: { active: false } });
    const created = await tx.dataKey.create({
      data: { wrapped: wrapDataKey(wrapping, randomBytes(32)), masterKeyId: wrapping.id, active: true },
      select: { id: true },
    });
    return created.id;
  });
}
