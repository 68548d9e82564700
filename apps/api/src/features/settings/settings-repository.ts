import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import {
  DEFAULT_CASEWORK_RETENTION_MONTHS,
  DEFAULT_MFA_REQUIRED_ROLES,
  caseworkRetentionMonthsSchema,
  roleSchema,
} from '@vigil/contracts';
import { z } from 'zod';

const KEYS = {
  mfaRequiredRoles: 'mfa_required_roles',
  emergencyLock: 'emergency_lock',
  caseworkRetentionMonths: 'casework_retention_months',
} as const;

const mfaRolesValue = z.array(roleSchema);
const lockValue = z.object({ lockedAt: z.string(), lockedBy: z.string().nullable() }).nullable();

export interface StoredSettings {
  mfaRequiredRoles: z.infer<typeof mfaRolesValue>;
  emergencyLock: { lockedAt: Date; lockedBy: string | null } | null;
  caseworkRetentionMonths: number;
}

export async function readSettings(db: DbOrTx): Promise<StoredSettings> {
  // Raw and prepared: the second-factor rule is read on every /api/auth/me, which each dashboard page asks.
  const rows = await sqlOf(db).query<{ key: string; value: unknown }>(
    Prisma.sql`SELECT key, value FROM instance_settings WHERE key = ANY(${Object.values(KEYS)}::text[])`,
    { name: 'instance-settings' },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.value]));
  const roles = mfaRolesValue.safeParse(byKey.get(KEYS.mfaRequiredRoles));
  const lock = lockValue.safeParse(byKey.get(KEYS.emergencyLock) ?? null);
  const lockData = lock.success ? lock.data : null;
  const retention = caseworkRetentionMonthsSchema.safeParse(byKey.get(KEYS.caseworkRetentionMonths));
  return {
    mfaRequiredRoles: roles.success ? roles.data : [...DEFAULT_MFA_REQUIRED_ROLES],
    emergencyLock: lockData ? { lockedAt: new Date(lockData.lockedAt), lockedBy: lockData.lockedBy } : null,
    caseworkRetentionMonths: retention.success ? retention.data : DEFAULT_CASEWORK_RETENTION_MONTHS,
  };
}

async function writeSetting(db: DbOrTx, key: string, value: string[] | number, actorId: string | null) {
  await db.instanceSetting.upsert({
    where: { key },
    create: { key, value, updatedBy: actorId },
    update: { value, updatedBy: actorId },
  });
}

export function writeMfaRequiredRoles(db: DbOrTx, roles: string[], actorId: string | null) {
  return writeSetting(db, KEYS.mfaRequiredRoles, roles, actorId);
}

export function writeCaseworkRetentionMonths(db: DbOrTx, months: number, actorId: string | null) {
  return writeSetting(db, KEYS.caseworkRetentionMonths, months, actorId);
}

export async function writeEmergencyLock(db: DbOrTx, lock: { lockedAt: Date; lockedBy: string }) {
  const value = { lockedAt: lock.lockedAt.toISOString(), lockedBy: lock.lockedBy };
  await db.instanceSetting.upsert({
    where: { key: KEYS.emergencyLock },
    create: { key: KEYS.emergencyLock, value, updatedBy: lock.lockedBy },
    update: { value, updatedBy: lock.lockedBy },
  });
}

export async function clearEmergencyLock(db: DbOrTx) {
  await db.instanceSetting.deleteMany({ where: { key: KEYS.emergencyLock } });
}
