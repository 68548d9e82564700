import type { UserView } from '@vigil/contracts';
import { localeSchema } from '@vigil/contracts';
import type { User } from '@vigil/db';

/** What an account's public face is made of: never its password hash or second-factor secret. */
export type UserViewSource = Omit<User, 'passwordHash' | 'totpSecretEnc' | 'totpLastStep'>;

/** The public face of an account: response schemas pick these fields and nothing else. */
export function toUserView(user: UserViewSource, now = new Date()): UserView {
  const locale = localeSchema.safeParse(user.locale);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    locale: locale.success ? locale.data : 'en',
    mfaEnabled: user.totpEnabledAt !== null,
    demoAccount: user.demoAccount,
    locked: user.lockedUntil !== null && user.lockedUntil > now,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
  };
}
