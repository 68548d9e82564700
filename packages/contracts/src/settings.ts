import { z } from 'zod';
import { dateTime } from './common';
import { roleSchema } from './roles';

export const emergencyLockSchema = z.object({
  lockedAt: dateTime,
  lockedBy: z.uuid().nullable(),
});

export const instanceSettingsSchema = z.object({
  mfaRequiredRoles: z.array(roleSchema),
  emergencyLock: emergencyLockSchema.nullable(),
});
export type InstanceSettings = z.output<typeof instanceSettingsSchema>;

export const updateSettingsBodySchema = z.strictObject({
  mfaRequiredRoles: z.array(roleSchema).max(5),
});

export const emergencyLockBodySchema = z.strictObject({
  confirm: z.literal('LOCK', { message: 'Type LOCK to confirm' }),
});
