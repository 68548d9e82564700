import type { Db } from '@vigil/db';

/** Failures from one client address tolerated in a window before back-off starts. */
const FREE_FAILURES = 20;
const WINDOW_MS = 15 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * Per-address back-off for failed logins, kept in PostgreSQL so that it holds across API instances.
 * The key is an HMAC of the address: the table never holds an IP.
 */
export function createLoginThrottle(db: Db) {
  return {
    async retryAfterSeconds(key: string, now = new Date()): Promise<number> {
      const row = await db.loginThrottle.findUnique({ where: { key } });
      if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
      return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
    },

    async recordFailure(key: string, now = new Date()): Promise<void> {
      const windowStart = new Date(now.getTime() - WINDOW_MS);
      // A quiet window forgets old failures, unless the address is still serving a back-off.
      await db.loginThrottle.deleteMany({
        where: { key, windowStart: { lt: windowStart }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
      });
      const row = await db.loginThrottle.upsert({
        where: { key },
        create: { key, failures: 1, windowStart: now },
        update: { failures: { increment: 1 } },
      });
      if (row.failures > FREE_FAILURES) {
        const backoff = Math.min(2 ** (row.failures - FREE_FAILURES - 1) * 60_000, MAX_BACKOFF_MS);
        await db.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + backoff) } });
      }
    },

    async clear(key: string): Promise<void> {
      await db.loginThrottle.deleteMany({ where: { key } });
    },
  };
}

/** Per-account lockout: the first few failures are free, then the wait doubles up to an hour. */
export const ACCOUNT_FREE_FAILURES = 4;

export function accountLockUntil(failedCount: number, now = new Date()): Date | null {
  if (failedCount <= ACCOUNT_FREE_FAILURES) return null;
  const backoff = Math.min(2 ** (failedCount - ACCOUNT_FREE_FAILURES - 1) * 60_000, MAX_BACKOFF_MS);
  return new Date(now.getTime() + backoff);
}
