import { readSettings } from '../../settings/settings-repository';
import type { BlockContext } from '../overview-context';

/**
 * The instance at a glance for administrators: accounts by status, sessions still usable, the
 * emergency lock and the head of the audit chain. Counts and hashes only, no one named.
 */
export async function instanceHealthBlock({ db }: BlockContext) {
  const now = new Date();
  const [byStatus, liveSessions, settings, head] = await Promise.all([
    db.user.groupBy({ by: ['status'], _count: { _all: true } }),
    db.session.count({
      where: { revokedAt: null, idleExpiresAt: { gt: now }, absoluteExpiresAt: { gt: now } },
    }),
    readSettings(db),
    db.auditChainHead.findFirst({ select: { lastId: true, lastHash: true } }),
  ]);
  const users = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const last = head
    ? await db.auditEvent.findUnique({ where: { id: head.lastId }, select: { at: true } })
    : null;
  return {
    users: { active: users('active'), invited: users('invited'), deactivated: users('deactivated') },
    liveSessions,
    emergencyLock: settings.emergencyLock ? { lockedAt: settings.emergencyLock.lockedAt } : null,
    auditHead: {
      lastId: (head?.lastId ?? 0n).toString(),
      lastHash: head?.lastHash ?? '',
      lastAt: last?.at ?? null,
    },
  };
}
