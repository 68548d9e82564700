import { randomBytes } from 'node:crypto';
import { KeyRing, decrypt, encrypt, randomToken, sha256Hex } from './secrets';

describe('secrets', () => {
  const ring = new KeyRing(randomBytes(32).toString('base64'));

  it('round-trips AES-256-GCM and refuses tampered ciphertext', () => {
    const key = ring.derive('test');
    const sealed = encrypt(key, 'JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decrypt(key, sealed)).toBe('JBSWY3DPEHPK3PXP');
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => decrypt(key, tampered)).toThrow();
    expect(() => decrypt(ring.derive('other'), sealed)).toThrow();
  });

  it('derives distinct keys per purpose and stable HMACs', () => {
    expect(ring.derive('a').equals(ring.derive('b'))).toBe(false);
    expect(ring.hmac('ip', '127.0.0.1')).toBe(ring.hmac('ip', '127.0.0.1'));
  });

  it('makes unguessable tokens and hashes them', () => {
    const token = randomToken('vgl_');
    expect(token).toMatch(/^vgl_[A-Za-z0-9_-]{43}$/);
    expect(sha256Hex(token)).toHaveLength(64);
  });

  it('rejects a master key of the wrong size', () => {
    expect(() => new KeyRing(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
