import type { SessionView } from '@vigil/contracts';
import type { Session } from '@vigil/db';

export function toSessionView(session: Session, currentId?: string): SessionView {
  return {
    id: session.id,
    scope: session.scope,
    userAgent: session.userAgent,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    idleExpiresAt: session.idleExpiresAt,
    absoluteExpiresAt: session.absoluteExpiresAt,
    current: session.id === currentId,
  };
}
