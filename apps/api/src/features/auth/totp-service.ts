import type { Db } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import { type KeyRing, encrypt, sha256Hex } from '../../lib/secrets';
import { newRecoveryCodes, newTotpSecret, totpUrl } from '../../lib/totp';
import type { AuditService } from '../audit/audit-service';
import type { SessionService } from '../sessions/session-service';
import type { SettingsService } from '../settings/settings-service';
import { clearSecondFactor, findUserById, updateUser } from '../users/users-repository';
import { checkSecondFactor } from './second-factor';

export type TotpService = ReturnType<typeof createTotpService>;

/** Enrolment and management of the signed-in user's own second factor. */
export function createTotpService(
  db: Db,
  keys: KeyRing,
  audit: AuditService,
  sessions: SessionService,
  settings: SettingsService,
) {
  const totpKey = keys.derive('totp');

  async function currentUser(actor: Actor) {
    const user = await findUserById(db, actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    return user;
  }

  async function requireCode(actor: Actor, code: string) {
    const user = await currentUser(actor);
    if (!user.totpEnabledAt) throw AppError.conflict('Two-factor authentication is not enabled');
    if (!(await checkSecondFactor(db, user, totpKey, code))) {
      throw new AppError('TOTP_INVALID', 'That code is not valid', [{ path: 'body/code', message: 'Not valid' }]);
    }
    return user;
  }

  async function storeRecoveryCodes(tx: Parameters<Parameters<Db['$transaction']>[0]>[0], userId: string) {
    const codes = newRecoveryCodes();
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: sha256Hex(code) })) });
    return codes;
  }

  return {
    /** Starts enrolment: a new secret, stored encrypted, active only once a code proves it. */
    async setup(actor: Actor) {
      const user = await currentUser(actor);
      if (user.totpEnabledAt) throw AppError.conflict('Two-factor authentication is already enabled');
      const secret = newTotpSecret();
      await updateUser(db, user.id, { totpSecretEnc: encrypt(totpKey, secret), totpLastStep: null });
      return { secret, otpauthUrl: totpUrl(secret, user.email) };
    },

    async verify(actor: Actor, code: string) {
      const user = await currentUser(actor);
      if (user.totpEnabledAt) throw AppError.conflict('Two-factor authentication is already enabled');
      if (!user.totpSecretEnc) throw AppError.conflict('Start the setup first');
      if (!(await checkSecondFactor(db, user, totpKey, code))) {
        throw new AppError('TOTP_INVALID', 'That code is not valid', [{ path: 'body/code', message: 'Not valid' }]);
      }
      return db.$transaction(async (tx) => {
        await updateUser(tx, user.id, { totpEnabledAt: new Date() });
        const codes = await storeRecoveryCodes(tx, user.id);
        await sessions.upgrade(tx, actor.sessionId);
        await audit.byActor(tx, actor, { action: 'auth.mfa_enrolled', entityType: 'user', entityId: user.id });
        return codes;
      });
    },

    async regenerateRecoveryCodes(actor: Actor, code: string) {
      const user = await requireCode(actor, code);
      return db.$transaction(async (tx) => {
        const codes = await storeRecoveryCodes(tx, user.id);
        await audit.byActor(tx, actor, { action: 'auth.recovery_codes_regenerated', entityType: 'user', entityId: user.id });
        return codes;
      });
    },

    async disable(actor: Actor, code: string) {
      const user = await currentUser(actor);
      if (settings.requiresMfa(user, await settings.get())) {
        throw AppError.forbidden('Your role requires two-factor authentication');
      }
      await requireCode(actor, code);
      await db.$transaction(async (tx) => {
        await clearSecondFactor(tx, user.id);
        await audit.byActor(tx, actor, { action: 'auth.mfa_disabled', entityType: 'user', entityId: user.id });
      });
    },
  };
}
