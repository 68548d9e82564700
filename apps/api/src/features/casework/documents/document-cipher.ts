import { type CipherGCM, type DecipherGCM, createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * A stored casework document: `VCD1` + 12-byte IV, the AES-256-GCM ciphertext, then the 16-byte tag.
 * Each document has its own random key (sealed in its row by the vault); the associated data binds
 * the blob to its row, so a blob swapped between documents does not open.
 */
const MAGIC = Buffer.from('VCD1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES;

export function newFileKey(): Buffer {
  return randomBytes(32);
}

export function documentAad(documentId: string): Buffer {
  return Buffer.from(`case_documents/${documentId}/content`, 'utf8');
}

export class DocumentIntegrityError extends Error {
  constructor(reason: string) {
    super(`The stored document failed its integrity check: ${reason}`);
    this.name = 'DocumentIntegrityError';
  }
}

/** Encrypts what flows through: header first, then ciphertext as it comes, the tag at the end. */
export class SealingStream extends Transform {
  private readonly iv = randomBytes(IV_BYTES);
  private readonly cipher: CipherGCM;
  private headerSent = false;

  constructor(key: Buffer, aad: Buffer) {
    super();
    this.cipher = createCipheriv('aes-256-gcm', key, this.iv).setAAD(aad);
  }

  private header(): void {
    if (this.headerSent) return;
    this.headerSent = true;
    this.push(Buffer.concat([MAGIC, this.iv]));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.header();
    callback(null, this.cipher.update(chunk));
  }

  override _flush(callback: TransformCallback): void {
    this.header();
    this.push(this.cipher.final());
    callback(null, this.cipher.getAuthTag());
  }
}

/**
 * Decrypts a stored document as it streams. The last 16 bytes are the tag, so they are held back;
 * the last plaintext chunk is held back too and released only once the tag verifies, so a tampered
 * or truncated blob ends in an error before the whole document has been delivered.
 */
export class OpeningStream extends Transform {
  private head = Buffer.alloc(0);
  private decipher: DecipherGCM | null = null;
  private tail = Buffer.alloc(0);
  private held: Buffer | null = null;

  constructor(
    private readonly key: Buffer,
    private readonly aad: Buffer,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let data = chunk;
    if (!this.decipher) {
      this.head = Buffer.concat([this.head, data]);
      if (this.head.length < HEADER_BYTES) return callback();
      if (!this.head.subarray(0, MAGIC.length).equals(MAGIC)) {
        return callback(new DocumentIntegrityError('unknown format'));
      }
      const iv = this.head.subarray(MAGIC.length, HEADER_BYTES);
      this.decipher = createDecipheriv('aes-256-gcm', this.key, iv).setAAD(this.aad);
      data = this.head.subarray(HEADER_BYTES);
    }
    const pending = Buffer.concat([this.tail, data]);
    const cut = Math.max(0, pending.length - TAG_BYTES);
    this.tail = pending.subarray(cut);
    if (cut > 0) this.release(this.decipher.update(pending.subarray(0, cut)));
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (!this.decipher || this.tail.length < TAG_BYTES) {
      return callback(new DocumentIntegrityError('truncated'));
    }
    try {
      this.decipher.setAuthTag(this.tail);
      const last = this.decipher.final();
      if (this.held) this.push(this.held);
      callback(null, last);
    } catch {
      callback(new DocumentIntegrityError('the authentication tag does not match'));
    }
  }

  private release(plain: Buffer): void {
    if (this.held) this.push(this.held);
    this.held = plain;
  }
}
