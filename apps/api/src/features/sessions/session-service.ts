import type { ApiEnv } from '@vigil/config';
import type { Db, DbOrTx, Session, SessionScope, User } from '@vigil/db';
import { AppError } from '../../lib/app-error';
import { randomToken, sha256Hex } from '../../lib/secrets';
import { type SessionUser, findSessionWithUser } from './session-lookup';
import {
  insertSession,
  listLiveSessions,
  revokeSessions,
  touchSession,
  upgradeSession,
} from './session-repository';

export const TOKEN_PREFIX = 'vgl_';
/** Enrolment sessions are short: they only allow setting up a second factor. */
const ENROLMENT_MINUTES = 15;
/** Writing last-seen on every request would turn every read into a write; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ResolvedSession {
  session: Session;
  user: SessionUser;
}

export type SessionService = ReturnType<typeof createSessionService>;

export function createSessionService(db: Db, env: Pick<ApiEnv, 'SESSION_IDLE_MINUTES' | 'SESSION_ABSOLUTE_HOURS'>) {
  const idleMs = env.SESSION_IDLE_MINUTES * 60_000;
  const absoluteMs = env.SESSION_ABSOLUTE_HOURS * 3_600_000;

  return {
    async create(
      tx: DbOrTx,
      user: Pick<User, 'id'>,
      options: { scope: SessionScope; mfaVerified: boolean; userAgent?: string | undefined },
    ) {
      const now = Date.now();
      const token = randomToken(TOKEN_PREFIX);
      const absolute = options.scope === 'full' ? absoluteMs : ENROLMENT_MINUTES * 60_000;
      const session = await insertSession(tx, {
        tokenHash: sha256Hex(token),
        userId: user.id,
        scope: options.scope,
        mfaVerified: options.mfaVerified,
        // A short description of the device is enough to recognise one's sessions.
        userAgent: options.userAgent?.slice(0, 200) ?? null,
        idleExpiresAt: new Date(now + Math.min(idleMs, absolute)),
        absoluteExpiresAt: new Date(now + absolute),
      });
      return { token, session };
    },

    /** Finds the live session behind a bearer token, or throws 401. Extends the idle expiry. */
    async resolve(token: string): Promise<ResolvedSession> {
      if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) {
        throw new AppError('UNAUTHENTICATED', 'Sign in first');
      }
      const found = await findSessionWithUser(db, sha256Hex(token));
      if (!found) throw new AppError('UNAUTHENTICATED', 'Sign in first');
      const { user, ...session } = found;
      const now = new Date();
      if (
        session.revokedAt ||
        session.idleExpiresAt <= now ||
        session.absoluteExpiresAt <= now ||
        user.status !== 'active'
      ) {
        throw new AppError('SESSION_EXPIRED', 'Your session has ended: sign in again');
      }
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        const idle = new Date(Math.min(now.getTime() + idleMs, session.absoluteExpiresAt.getTime()));
        await touchSession(db, session.id, now, idle);
        session.lastSeenAt = now;
        session.idleExpiresAt = idle;
      }
      return { session, user };
    },

    upgrade(tx: DbOrTx, sessionId: string) {
      return upgradeSession(tx, sessionId);
    },

    listLive(userId: string) {
      return listLiveSessions(db, userId, new Date());
    },

    revokeOne(tx: DbOrTx, userId: string, sessionId: string, reason: string) {
      return revokeSessions(tx, { id: sessionId, userId }, reason, new Date());
    },

    revokeAllOfUser(tx: DbOrTx, userId: string, reason: string, exceptId?: string) {
      return revokeSessions(tx, { userId, exceptId }, reason, new Date());
    },

    revokeEverything(tx: DbOrTx, reason: string) {
      return revokeSessions(tx, {}, reason, new Date());
    },
  };
}
