import type { UpdateSettingsBody } from '@vigil/contracts';
import type { Db, User } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import type { AuditService } from '../audit/audit-service';
import type { SessionService } from '../sessions/session-service';
import {
  type StoredSettings,
  clearEmergencyLock,
  readSettings,
  writeCaseworkRetentionMonths,
  writeEmergencyLock,
  writeMfaRequiredRoles,
} from './settings-repository';

export type SettingsService = ReturnType<typeof createSettingsService>;

export function createSettingsService(db: Db, audit: AuditService, sessions: SessionService) {
  return {
    get: () => readSettings(db),

    /**
     * The 2FA rule: roles listed in the setting must use a second factor (seeded demo accounts are
     * exempt); while an emergency lock stands, everyone must.
     */
    requiresMfa(user: Pick<User, 'role' | 'demoAccount'>, settings: StoredSettings): boolean {
      if (settings.emergencyLock) return true;
      return !user.demoAccount && settings.mfaRequiredRoles.includes(user.role);
    },

    async update(actor: Actor, body: UpdateSettingsBody) {
      await db.$transaction(async (tx) => {
        if (body.mfaRequiredRoles) await writeMfaRequiredRoles(tx, [...new Set(body.mfaRequiredRoles)], actor.userId);
        if (body.caseworkRetentionMonths !== undefined) {
          await writeCaseworkRetentionMonths(tx, body.caseworkRetentionMonths, actor.userId);
        }
        await audit.byActor(tx, actor, { action: 'settings.update', entityType: 'settings', fields: Object.keys(body) });
      });
      return readSettings(db);
    },

    /** Revokes every session on the instance, the caller's included, and requires 2FA at next login. */
    async emergencyLock(actor: Actor) {
      return db.$transaction(async (tx) => {
        await writeEmergencyLock(tx, { lockedAt: new Date(), lockedBy: actor.userId });
        const revoked = await sessions.revokeEverything(tx, 'emergency_lock');
        await audit.byActor(tx, actor, { action: 'instance.emergency_lock', meta: { revoked } });
        return revoked;
      });
    },

    async liftEmergencyLock(actor: Actor) {
      await db.$transaction(async (tx) => {
        await clearEmergencyLock(tx);
        await audit.byActor(tx, actor, { action: 'instance.emergency_unlock' });
      });
      return readSettings(db);
    },
  };
}
