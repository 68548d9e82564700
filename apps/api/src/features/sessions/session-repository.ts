import type { DbOrTx, SessionScope } from '@vigil/db';

export interface NewSession {
  tokenHash: string;
  userId: string;
  scope: SessionScope;
  mfaVerified: boolean;
  userAgent: string | null;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export function insertSession(db: DbOrTx, data: NewSession) {
  return db.session.create({ data });
}

export function touchSession(db: DbOrTx, id: string, lastSeenAt: Date, idleExpiresAt: Date) {
  return db.session.update({ where: { id }, data: { lastSeenAt, idleExpiresAt }, select: { id: true } });
}

export function upgradeSession(db: DbOrTx, id: string) {
  return db.session.update({ where: { id }, data: { scope: 'full', mfaVerified: true }, select: { id: true } });
}

/** Sessions that can still be used: not revoked and not past either expiry. */
export function listLiveSessions(db: DbOrTx, userId: string, now: Date) {
  return db.session.findMany({
    where: { userId, revokedAt: null, idleExpiresAt: { gt: now }, absoluteExpiresAt: { gt: now } },
    orderBy: { lastSeenAt: 'desc' },
  });
}

export async function revokeSessions(
  db: DbOrTx,
  where: { id?: string; userId?: string; exceptId?: string },
  reason: string,
  now: Date,
): Promise<number> {
  const result = await db.session.updateMany({
    where: {
      id: where.exceptId ? { not: where.exceptId, equals: where.id } : where.id,
      userId: where.userId,
      revokedAt: null,
    },
    data: { revokedAt: now, revokedReason: reason },
  });
  return result.count;
}
