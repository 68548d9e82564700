import { z } from 'zod';
import { USER_STATUSES } from './enums/users';
import { dateTime, emailSchema, localeSchema, newPasswordSchema } from './common';
import { roleSchema } from './roles';

export const userStatusSchema = z.enum(USER_STATUSES);

/** What any administrator screen may show about an account: no hashes, no secrets. */
export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  status: userStatusSchema,
  locale: localeSchema,
  mfaEnabled: z.boolean(),
  demoAccount: z.boolean(),
  locked: z.boolean(),
  lastLoginAt: dateTime.nullable(),
  createdAt: dateTime,
});
export type UserView = z.infer<typeof userSchema>;

export const displayNameSchema = z.string().trim().min(1).max(80);

export const createUserBodySchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  role: roleSchema,
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    status: z.enum(['active', 'deactivated']).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateUserBody = z.input<typeof updateUserBodySchema>;

export const inviteSchema = z.object({
  token: z.string(),
  expiresAt: dateTime,
});

export const createUserResponseSchema = z.object({ user: userSchema, invite: inviteSchema });
export const userListResponseSchema = z.object({ users: z.array(userSchema) });
export const userResponseSchema = z.object({ user: userSchema });

export const acceptInviteBodySchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: newPasswordSchema,
});

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: newPasswordSchema,
});

export const updateProfileBodySchema = z.strictObject({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
});
