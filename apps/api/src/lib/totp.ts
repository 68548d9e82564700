import { Secret, TOTP } from 'otpauth';
import { randomInt } from 'node:crypto';

const PERIOD_SECONDS = 30;
const ISSUER = 'Vigil';

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUrl(secretBase32: string, label: string): string {
  return totpFor(secretBase32, label).toString();
}

/**
 * Checks a code against the previous, current and next 30-second step (clock drift) and returns the
 * step it matched, or null. Callers refuse a step at or before the last one accepted (no replay).
 */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secretBase32, '').validate({ token: code, window: 1, timestamp: now });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function recoveryChunk(): string {
  let chunk = '';
  for (let i = 0; i < 5; i += 1) chunk += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return chunk;
}

/** Ten one-time codes like `k7mpq-x2bna` (about 49 bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => `${recoveryChunk()}-${recoveryChunk()}`);
}

export function isRecoveryCode(value: string): boolean {
  return /^[a-z0-9]{5}-[a-z0-9]{5}$/.test(value);
}
