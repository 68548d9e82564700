import { z } from 'zod';
import { dateTime, emailSchema } from './common';
import { PERMISSIONS } from './permissions';
import { sessionScopeSchema } from './sessions';
import { userSchema } from './users';

/** A TOTP code (6 digits) or a recovery code (xxxxx-xxxxx); spaces are tolerated. */
export const secondFactorSchema = z
  .string()
  .trim()
  .max(32)
  .transform((value) => value.replace(/\s+/g, '').toLowerCase())
  .pipe(z.string().regex(/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/, 'A 6-digit code or a recovery code'));

export const loginBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(256),
  totp: secondFactorSchema.optional(),
});
export type LoginBody = z.input<typeof loginBodySchema>;

export const permissionSchema = z.enum(PERMISSIONS);

export const currentSessionSchema = z.object({
  id: z.uuid(),
  scope: sessionScopeSchema,
  idleExpiresAt: dateTime,
  absoluteExpiresAt: dateTime,
});

/** Who is signed in, what they may do, and whether they must enrol a second factor first. */
export const meResponseSchema = z.object({
  user: userSchema,
  session: currentSessionSchema,
  permissions: z.array(permissionSchema),
  mfaEnrolmentRequired: z.boolean(),
  /** Whether the 2FA rule applies to this user (then it cannot be turned off). */
  mfaRequired: z.boolean(),
});
export type MeResponse = z.output<typeof meResponseSchema>;

export const loginResponseSchema = meResponseSchema.extend({ token: z.string() });
export type LoginResponse = z.output<typeof loginResponseSchema>;

export const totpSetupResponseSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
});

export const totpCodeBodySchema = z.strictObject({
  code: z.string().trim().regex(/^\d{6}$/, 'A 6-digit code'),
});

export const recoveryCodesResponseSchema = z.object({
  recoveryCodes: z.array(z.string()),
});
