import type { DbOrTx, User } from '@vigil/db';
import { decrypt, sha256Hex } from '../../lib/secrets';
import { isRecoveryCode, matchTotpStep } from '../../lib/totp';

/**
 * Checks a TOTP code (never the same step twice) or consumes a one-time recovery code.
 * Returns false for anything else.
 */
export async function checkSecondFactor(db: DbOrTx, user: User, totpKey: Buffer, code: string): Promise<boolean> {
  if (isRecoveryCode(code)) {
    const used = await db.recoveryCode.updateMany({
      where: { userId: user.id, codeHash: sha256Hex(code), usedAt: null },
      data: { usedAt: new Date() },
    });
    return used.count === 1;
  }
  if (!user.totpSecretEnc) return false;
  const step = matchTotpStep(decrypt(totpKey, user.totpSecretEnc), code);
  if (step === null) return false;
  // Conditional update: of two requests racing with the same code, only one advances the step.
  const advanced = await db.user.updateMany({
    where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return advanced.count === 1;
}
