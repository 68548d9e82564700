import type { Db, User } from '@vigil/db';
import { AppError } from '../../lib/app-error';
import { burnPasswordCheck, verifyPassword } from '../../lib/passwords';
import type { KeyRing } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import type { SessionService } from '../sessions/session-service';
import type { SettingsService } from '../settings/settings-service';
import { findUserByEmail, updateUser } from '../users/users-repository';
import { accountLockUntil, createLoginThrottle } from './login-throttle';
import { checkSecondFactor } from './second-factor';

export interface LoginInput {
  email: string;
  password: string;
  totp?: string | undefined;
  clientAddress: string;
  userAgent?: string | undefined;
  requestId: string;
}

export type LoginService = ReturnType<typeof createLoginService>;

export function createLoginService(
  db: Db,
  keys: KeyRing,
  audit: AuditService,
  sessions: SessionService,
  settings: SettingsService,
) {
  const throttle = createLoginThrottle(db);
  const totpKey = keys.derive('totp');

  function lockedError(until: Date): AppError {
    const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    return new AppError(
      'ACCOUNT_LOCKED',
      `Too many failed attempts: this account is locked for ${Math.ceil(seconds / 60)} minute(s)`,
      undefined,
      { 'retry-after': String(seconds) },
    );
  }

  async function fail(user: User | null, addressKey: string, input: LoginInput, reason: string): Promise<never> {
    await throttle.recordFailure(addressKey);
    if (!user) {
      await audit.record(db, { action: 'auth.login_failed', requestId: input.requestId, meta: { reason } });
      throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');
    }
    const failedLoginCount = user.failedLoginCount + 1;
    const lockedUntil = accountLockUntil(failedLoginCount);
    await db.$transaction(async (tx) => {
      await updateUser(tx, user.id, { failedLoginCount, lockedUntil });
      await audit.record(tx, {
        actorId: user.id,
        action: lockedUntil ? 'auth.account_locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        requestId: input.requestId,
        meta: { reason, failedLoginCount },
      });
    });
    if (lockedUntil) throw lockedError(lockedUntil);
    if (reason === 'totp') throw new AppError('TOTP_INVALID', 'That code is not valid');
    throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');
  }

  return {
    async login(input: LoginInput) {
      const addressKey = keys.hmac('client-address', input.clientAddress);
      const wait = await throttle.retryAfterSeconds(addressKey);
      if (wait > 0) {
        throw new AppError('RATE_LIMITED', 'Too many failed sign-ins from this address: wait and retry', undefined, {
          'retry-after': String(wait),
        });
      }
      const user = await findUserByEmail(db, input.email);
      if (!user?.passwordHash) {
        await burnPasswordCheck(input.password);
        return fail(null, addressKey, input, 'unknown_account');
      }
      if (user.lockedUntil && user.lockedUntil > new Date()) throw lockedError(user.lockedUntil);
      if (!(await verifyPassword(user.passwordHash, input.password))) return fail(user, addressKey, input, 'password');
      if (user.status !== 'active') throw new AppError('ACCOUNT_DISABLED', 'This account has been deactivated');

      const enrolled = user.totpEnabledAt !== null;
      if (enrolled) {
        if (!input.totp) throw new AppError('TOTP_REQUIRED', 'Enter the code from your authenticator app');
        if (!(await checkSecondFactor(db, user, totpKey, input.totp))) return fail(user, addressKey, input, 'totp');
      }
      const mfaRequired = settings.requiresMfa(user, await settings.get());
      const scope = !enrolled && mfaRequired ? 'mfa_enrolment' : 'full';

      const result = await db.$transaction(async (tx) => {
        const fresh = await updateUser(tx, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() });
        const created = await sessions.create(tx, user, { scope, mfaVerified: enrolled, userAgent: input.userAgent });
        await audit.record(tx, {
          actorId: user.id,
          action: 'auth.login',
          entityType: 'session',
          entityId: created.session.id,
          requestId: input.requestId,
          meta: { scope, mfa: enrolled },
        });
        return { ...created, user: fresh };
      });
      await throttle.clear(addressKey);
      return result;
    },
  };
}
