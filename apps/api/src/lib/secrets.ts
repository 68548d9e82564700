import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** A random token for URLs and bearer headers (256 bits, base64url). */
export function randomToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Tokens are high-entropy, so a plain SHA-256 is enough to store them (no slow hash needed). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Keys derived from the master key, one per purpose, so a key used for one thing never serves another.
 */
export class KeyRing {
  private readonly master: Buffer;
  // HKDF per call showed up in request profiles (every idempotent write fingerprints its request).
  private readonly derived = new Map<string, Buffer>();

  constructor(masterKeyBase64: string) {
    this.master = Buffer.from(masterKeyBase64, 'base64');
    if (this.master.length !== 32) throw new Error('MASTER_KEY must decode to 32 bytes');
  }

  derive(purpose: string): Buffer {
    let key = this.derived.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.master, Buffer.alloc(0), `vigil:${purpose}`, 32));
      this.derived.set(purpose, key);
    }
    return key;
  }

  hmac(purpose: string, value: string): string {
    return createHmac('sha256', this.derive(purpose)).update(value).digest('base64url');
  }
}

const VERSION = 'v1';

/** AES-256-GCM: `v1:<iv>.<tag>.<ciphertext>`, all base64url. */
export function encrypt(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${VERSION}:${iv.toString('base64url')}.${tag.toString('base64url')}.${body.toString('base64url')}`;
}

export function decrypt(key: Buffer, sealed: string): string {
  const [version, rest] = sealed.split(':', 2);
  const [iv, tag, body] = (rest ?? '').split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Malformed ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
