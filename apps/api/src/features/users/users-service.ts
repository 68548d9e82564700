import type { UpdateUserBody, createUserBodySchema } from '@vigil/contracts';
import type { Db, Prisma, User } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import { randomToken, sha256Hex } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import type { SessionService } from '../sessions/session-service';
import {
  clearSecondFactor,
  countActiveAdmins,
  findUserByEmail,
  findUserById,
  insertUser,
  listUsers,
  replaceUserToken,
  updateUser,
} from './users-repository';

const INVITE_HOURS = 72;

type NewUser = z.output<typeof createUserBodySchema>;

export type UsersService = ReturnType<typeof createUsersService>;

export function createUsersService(db: Db, audit: AuditService, sessions: SessionService) {
  async function mustFind(id: string): Promise<User> {
    const user = await findUserById(db, id);
    if (!user) throw AppError.notFound('User');
    return user;
  }

  async function issueInvite(tx: Prisma.TransactionClient, userId: string) {
    const token = randomToken();
    const expiresAt = new Date(Date.now() + INVITE_HOURS * 3_600_000);
    await replaceUserToken(tx, { userId, kind: 'invite', tokenHash: sha256Hex(token), expiresAt });
    return { token, expiresAt };
  }

  /** The instance must keep one active administrator, or nobody could manage it again. */
  async function guardLastAdmin(target: User, next: { role?: string; status?: string }) {
    const losesAdmin =
      target.role === 'admin' &&
      target.status === 'active' &&
      ((next.role && next.role !== 'admin') || next.status === 'deactivated');
    if (losesAdmin && (await countActiveAdmins(db)) <= 1) {
      throw AppError.conflict('This is the last active administrator; appoint another one first');
    }
  }

  return {
    /** Members' emails are personal data: reading them is recorded, like every personal read. */
    async list(actor: Actor) {
      const users = await listUsers(db);
      await audit.byActor(db, actor, {
        action: 'user.list',
        entityType: 'user',
        fields: ['email', 'displayName'],
        meta: { count: users.length },
      });
      return users;
    },

    async get(actor: Actor, id: string) {
      const user = await mustFind(id);
      await audit.byActor(db, actor, {
        action: 'user.read',
        entityType: 'user',
        entityId: id,
        fields: ['email', 'displayName'],
      });
      return user;
    },

    async create(actor: Actor, input: NewUser) {
      if (await findUserByEmail(db, input.email)) {
        throw AppError.conflict('An account with this email already exists', [
          { path: 'body/email', message: 'Already in use' },
        ]);
      }
      return db.$transaction(async (tx) => {
        const user = await insertUser(tx, { ...input, status: 'invited' });
        const invite = await issueInvite(tx, user.id);
        await audit.byActor(tx, actor, {
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          fields: ['email', 'displayName', 'role'],
        });
        return { user, invite };
      });
    },

    async update(actor: Actor, id: string, body: UpdateUserBody) {
      const target = await mustFind(id);
      if (
        target.id === actor.userId &&
        (body.status === 'deactivated' || (body.role && body.role !== target.role))
      ) {
        throw AppError.forbidden('You cannot change your own role or deactivate yourself');
      }
      await guardLastAdmin(target, body);
      const changed = (Object.keys(body) as (keyof UpdateUserBody)[]).filter(
        (key) => body[key] !== undefined && body[key] !== target[key],
      );
      return db.$transaction(async (tx) => {
        const user = await updateUser(tx, id, body);
        // A new role or a deactivation takes effect at once: existing sessions carry the old rights.
        if (changed.includes('role') || body.status === 'deactivated') {
          await sessions.revokeAllOfUser(tx, id, changed.includes('role') ? 'role_changed' : 'deactivated');
        }
        await audit.byActor(tx, actor, {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          fields: changed,
        });
        return user;
      });
    },

    async newInvite(actor: Actor, id: string) {
      const target = await mustFind(id);
      if (target.status === 'deactivated') throw AppError.conflict('Reactivate the account first');
      return db.$transaction(async (tx) => {
        const invite = await issueInvite(tx, id);
        await audit.byActor(tx, actor, { action: 'user.invite', entityType: 'user', entityId: id });
        return invite;
      });
    },

    async resetMfa(actor: Actor, id: string) {
      await mustFind(id);
      await db.$transaction(async (tx) => {
        await clearSecondFactor(tx, id);
        await sessions.revokeAllOfUser(tx, id, 'mfa_reset');
        await audit.byActor(tx, actor, { action: 'user.reset_mfa', entityType: 'user', entityId: id });
      });
    },

    async unlock(actor: Actor, id: string) {
      await mustFind(id);
      await db.$transaction(async (tx) => {
        await updateUser(tx, id, { failedLoginCount: 0, lockedUntil: null });
        await audit.byActor(tx, actor, { action: 'user.unlock', entityType: 'user', entityId: id });
      });
    },

    async sessionsOf(id: string) {
      await mustFind(id);
      return sessions.listLive(id);
    },

    async revokeSessionsOf(actor: Actor, id: string) {
      await mustFind(id);
      return db.$transaction(async (tx) => {
        const revoked = await sessions.revokeAllOfUser(tx, id, 'revoked_by_admin');
        await audit.byActor(tx, actor, {
          action: 'session.revoke_all',
          entityType: 'user',
          entityId: id,
          meta: { revoked },
        });
        return revoked;
      });
    },
  };
}
