import type { DbOrTx, Prisma, UserTokenKind } from '@vigil/db';

export function listUsers(db: DbOrTx) {
  return db.user.findMany({ orderBy: [{ status: 'asc' }, { displayName: 'asc' }] });
}

export function findUserById(db: DbOrTx, id: string) {
  return db.user.findUnique({ where: { id } });
}

export function findUserByEmail(db: DbOrTx, email: string) {
  return db.user.findUnique({ where: { email } });
}

export function insertUser(db: DbOrTx, data: Prisma.UserCreateInput) {
  return db.user.create({ data });
}

export function updateUser(db: DbOrTx, id: string, data: Prisma.UserUpdateInput) {
  return db.user.update({ where: { id }, data });
}

export function countActiveAdmins(db: DbOrTx) {
  return db.user.count({ where: { role: 'admin', status: 'active' } });
}

export async function replaceUserToken(
  db: DbOrTx,
  data: { userId: string; kind: UserTokenKind; tokenHash: string; expiresAt: Date },
) {
  // One outstanding link per purpose: a new invitation voids the previous one.
  await db.userToken.deleteMany({ where: { userId: data.userId, kind: data.kind, usedAt: null } });
  return db.userToken.create({ data });
}

export function findUserToken(db: DbOrTx, tokenHash: string) {
  return db.userToken.findUnique({ where: { tokenHash }, include: { user: true } });
}

export function markUserTokenUsed(db: DbOrTx, id: string, usedAt: Date) {
  return db.userToken.updateMany({ where: { id, usedAt: null }, data: { usedAt } });
}

export async function clearSecondFactor(db: DbOrTx, userId: string) {
  await db.recoveryCode.deleteMany({ where: { userId } });
  return db.user.update({
    where: { id: userId },
    data: { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null },
  });
}
