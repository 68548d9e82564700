import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Db } from '@vigil/db';
import { type WrappingKey, ensureActiveDataKey, unwrapDataKey } from './data-keys';

/**
 * Where a sealed value lives. It is bound to the ciphertext as associated data, so a value copied
 * into another row or field no longer opens.
 */
export interface SealedAt {
  table: 'people' | 'cases' | 'case_notes' | 'case_documents' | 'partners' | 'casework_changes';
  id: string;
  field: string;
}

const PREFIX = 'c1';

function aad(at: SealedAt): Buffer {
  return Buffer.from(`${at.table}/${at.id}/${at.field}`, 'utf8');
}

/**
 * Casework encryption: AES-256-GCM under a data key that the database stores only wrapped.
 * Format `c1.<dataKeyId>.<iv>.<tag>.<ciphertext>` (base64url parts). Unwrapped data keys stay in
 * memory for the life of the process; a key id it has not seen (another process rotated) is loaded
 * on first use.
 */
export class CaseworkVault {
  private readonly keys = new Map<number, Buffer>();
  private activeId: number | null = null;

  constructor(
    private readonly db: Db,
    private readonly wrapping: { current: WrappingKey; previous: WrappingKey | null },
  ) {}

  /** Loads every data key, creating the first one on a new instance. */
  async load(): Promise<void> {
    await ensureActiveDataKey(this.db, this.wrapping.current);
    const rows = await this.db.dataKey.findMany({ orderBy: { id: 'asc' } });
    for (const row of rows) {
      const wrapping = [this.wrapping.current, this.wrapping.previous].find((w) => w?.id === row.masterKeyId);
      if (!wrapping) throw new Error(`Casework data key ${row.id} is wrapped by an unknown key (set CASEWORK_KEY)`);
      this.keys.set(row.id, unwrapDataKey(wrapping, row.wrapped));
      if (row.active) this.activeId = row.id;
    }
  }

  seal(at: SealedAt, plaintext: string): string {
    if (this.activeId === null) throw new Error('Casework vault not loaded');
    const key = this.keys.get(this.activeId) as Buffer;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(at));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [PREFIX, this.activeId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  /** Seals when there is something to seal; null and undefined pass through (clearing a field). */
  sealOptional(at: SealedAt, plaintext: string | null | undefined): string | null | undefined {
    return plaintext === null || plaintext === undefined ? plaintext : this.seal(at, plaintext);
  }

  async open(at: SealedAt, sealed: string): Promise<string> {
    const [prefix, keyId, iv, tag, body] = sealed.split('.');
    if (prefix !== PREFIX || !keyId || !iv || !tag || body === undefined) throw new Error('Malformed sealed value');
    const key = this.keys.get(Number(keyId)) ?? (await this.reload(Number(keyId)));
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(aad(at));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  async openOptional(at: SealedAt, sealed: string | null): Promise<string | null> {
    return sealed === null ? null : this.open(at, sealed);
  }

  /** The id of the data key a sealed value uses (rotation re-seals values still under old keys). */
  static keyIdOf(sealed: string): number {
    return Number(sealed.split('.')[1]);
  }

  get activeKeyId(): number | null {
    return this.activeId;
  }

  private async reload(keyId: number): Promise<Buffer> {
    await this.load();
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Unknown casework data key ${keyId}`);
    return key;
  }
}
