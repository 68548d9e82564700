import type { Db } from '@vigil/db';
import type { Locale } from '@vigil/contracts';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { sha256Hex } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import type { SessionService } from '../sessions/session-service';
import { findUserById, findUserToken, markUserTokenUsed, updateUser } from '../users/users-repository';

export type AccountService = ReturnType<typeof createAccountService>;

/** What a user does to their own account: profile, password, sessions, accepting an invitation. */
export function createAccountService(db: Db, audit: AuditService, sessions: SessionService) {
  return {
    async updateProfile(actor: Actor, changes: { displayName?: string | undefined; locale?: Locale | undefined }) {
      return db.$transaction(async (tx) => {
        const user = await updateUser(tx, actor.userId, changes);
        const fields = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
        await audit.byActor(tx, actor, { action: 'user.update', entityType: 'user', entityId: actor.userId, fields });
        return user;
      });
    },

    async changePassword(actor: Actor, currentPassword: string, newPassword: string) {
      const user = await findUserById(db, actor.userId);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw AppError.invalid('body/currentPassword', 'The current password is wrong');
      }
      const passwordHash = await hashPassword(newPassword);
      await db.$transaction(async (tx) => {
        await updateUser(tx, user.id, { passwordHash });
        // Whoever else knew the old password is signed out; this device stays signed in.
        const revoked = await sessions.revokeAllOfUser(tx, user.id, 'password_changed', actor.sessionId);
        await audit.byActor(tx, actor, {
          action: 'user.password_changed',
          entityType: 'user',
          entityId: user.id,
          fields: ['password'],
          meta: { revoked },
        });
      });
    },

    async acceptInvite(token: string, password: string, requestId: string) {
      const found = await findUserToken(db, sha256Hex(token));
      if (!found || found.usedAt || found.expiresAt <= new Date() || found.user.status === 'deactivated') {
        throw new AppError('TOKEN_INVALID', 'This link is invalid or has expired: ask an administrator for a new one');
      }
      const passwordHash = await hashPassword(password);
      await db.$transaction(async (tx) => {
        const claimed = await markUserTokenUsed(tx, found.id, new Date());
        if (claimed.count !== 1) throw new AppError('TOKEN_INVALID', 'This link has already been used');
        await updateUser(tx, found.userId, { passwordHash, status: 'active', failedLoginCount: 0, lockedUntil: null });
        await sessions.revokeAllOfUser(tx, found.userId, 'password_set');
        await audit.record(tx, {
          actorId: found.userId,
          action: found.kind === 'invite' ? 'user.invite_accepted' : 'user.password_reset',
          entityType: 'user',
          entityId: found.userId,
          fields: ['password'],
          requestId,
        });
      });
    },

    listSessions: (actor: Actor) => sessions.listLive(actor.userId),

    async revokeSession(actor: Actor, sessionId: string) {
      return db.$transaction(async (tx) => {
        const count = await sessions.revokeOne(tx, actor.userId, sessionId, 'revoked_by_user');
        if (count === 0) throw AppError.notFound('Session');
        await audit.byActor(tx, actor, { action: 'session.revoke', entityType: 'session', entityId: sessionId });
      });
    },

    async revokeAllSessions(actor: Actor) {
      return db.$transaction(async (tx) => {
        const revoked = await sessions.revokeAllOfUser(tx, actor.userId, 'signed_out_everywhere');
        await audit.byActor(tx, actor, {
          action: 'session.revoke_all',
          entityType: 'user',
          entityId: actor.userId,
          meta: { revoked },
        });
        return revoked;
      });
    },

    async logout(actor: Actor) {
      await db.$transaction(async (tx) => {
        await sessions.revokeOne(tx, actor.userId, actor.sessionId, 'logout');
        await audit.byActor(tx, actor, { action: 'auth.logout', entityType: 'session', entityId: actor.sessionId });
      });
    },
  };
}
