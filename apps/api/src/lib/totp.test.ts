import { Secret, TOTP } from 'otpauth';
import { isRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, totpUrl } from './totp';

describe('totp', () => {
  const secret = newTotpSecret();
  const codeAt = (ms: number) =>
    new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: ms });

  it('accepts the current code and one step of drift, and reports the step', () => {
    const now = 1_800_000_000_000;
    expect(matchTotpStep(secret, codeAt(now), now)).toBe(Math.floor(now / 30_000));
    expect(matchTotpStep(secret, codeAt(now - 30_000), now)).toBe(Math.floor(now / 30_000) - 1);
    expect(matchTotpStep(secret, codeAt(now - 120_000), now)).toBeNull();
  });

  it('builds an otpauth URL naming the issuer', () => {
    expect(totpUrl(secret, 'jo@example.org')).toMatch(/^otpauth:\/\/totp\/Vigil:jo%40example\.org\?/);
  });

  it('makes ten distinct recovery codes in the expected shape', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes.every(isRecoveryCode)).toBe(true);
  });
});
