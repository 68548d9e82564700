import { z } from 'zod';
import { dateTime } from './common';
import { ROLES } from './enums/roles';
import { roleSchema } from './roles';

export const emergencyLockSchema = z.object({
  lockedAt: dateTime,
  lockedBy: z.uuid().nullable(),
});

/** Months after a case closes before its person's data is erased, when all their cases are closed. */
export const DEFAULT_CASEWORK_RETENTION_MONTHS = 12;
export const caseworkRetentionMonthsSchema = z.number().int().min(1).max(120);

export const instanceSettingsSchema = z.object({
  mfaRequiredRoles: z.array(roleSchema),
  emergencyLock: emergencyLockSchema.nullable(),
  caseworkRetentionMonths: caseworkRetentionMonthsSchema,
});
export type InstanceSettings = z.output<typeof instanceSettingsSchema>;

export const updateSettingsBodySchema = z
  .strictObject({
    mfaRequiredRoles: z.array(roleSchema).max(ROLES.length).optional(),
    caseworkRetentionMonths: caseworkRetentionMonthsSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateSettingsBody = z.output<typeof updateSettingsBodySchema>;

export const emergencyLockBodySchema = z.strictObject({
  confirm: z.literal('LOCK', { message: 'Type LOCK to confirm' }),
});
