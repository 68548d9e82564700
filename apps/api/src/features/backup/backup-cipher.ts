import { createCipheriv, createDecipheriv, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';

/**
 * The encrypted envelope of a backup file:
 *
 *   "VIGILBAK" | version u8 | scrypt log2(N) u8 | r u8 | p u8 | salt 16 | iv 12 | check 16 | ciphertext | tag 16
 *
 * AES-256-GCM over the whole archive, with the 56-byte header as additional data so no header byte can
 * be changed either. The key comes from BACKUP_PASSPHRASE through scrypt, never from MASTER_KEY: a
 * backup must be readable by someone who lost the server and its secrets. `check` is 16 more bytes of
 * the same scrypt output, so a wrong passphrase is refused at once instead of after a full decryption
 * (it helps a guesser no more than the GCM tag already does).
 */
const MAGIC = Buffer.from('VIGILBAK');
const VERSION = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES;
// 2^17 × 8 × 128 bytes = 128 MiB of memory per guess; about half a second here.
const DEFAULT_LOG_N = 17;
const MIN_PASSPHRASE = 12;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** BACKUP_PASSPHRASE, required; making a backup also needs a passphrase long enough to resist guessing. */
export function passphraseFrom(env: NodeJS.ProcessEnv, forWriting: boolean): string {
  const value = env.BACKUP_PASSPHRASE;
  if (!value)
    throw new BackupError(
      'BACKUP_PASSPHRASE is required: the backup is encrypted with a key derived from it.',
    );
  if (forWriting && value.length < MIN_PASSPHRASE) {
    throw new BackupError(`BACKUP_PASSPHRASE must have at least ${MIN_PASSPHRASE} characters.`);
  }
  return value;
}

function deriveKeys(passphrase: string, salt: Buffer, logN: number, r: number, p: number) {
  return new Promise<{ key: Buffer; check: Buffer }>((resolve, reject) => {
    const N = 2 ** logN;
    scrypt(
      passphrase,
      salt,
      32 + CHECK_BYTES,
      { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
      (error, out) => {
        if (error) reject(error);
        else resolve({ key: out.subarray(0, 32), check: out.subarray(32) });
      },
    );
  });
}

/** A transform that emits the header, the encrypted input, then the tag. */
export async function encryptingStream(passphrase: string, logN = DEFAULT_LOG_N): Promise<Transform> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const [r, p] = [8, 1];
  const { key, check } = await deriveKeys(passphrase, salt, logN, r, p);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION, logN, r, p]), salt, iv, check]);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(header);
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!started) this.push(header);
      started = true;
      done(null, cipher.update(chunk));
    },
    flush(done) {
      if (!started) this.push(header);
      this.push(cipher.final());
      done(null, cipher.getAuthTag());
    },
  });
}

export interface OpenedBackup {
  /** A fresh stream of the decrypted archive; it errors at its end when the tag does not match. */
  plaintext(): Readable;
}

/** Reads the header and checks the passphrase; nothing is decrypted yet. */
export async function openBackup(file: string, passphrase: string): Promise<OpenedBackup> {
  const size = (await stat(file)).size;
  if (size < HEADER_BYTES + TAG_BYTES) throw new BackupError(`${file} is not a Vigil backup (too short).`);
  const handle = await open(file, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await handle.read(header, 0, HEADER_BYTES, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC))
    throw new BackupError(`${file} is not a Vigil backup.`);
  let at = MAGIC.length;
  const [version, logN, r, p] = header.subarray(at, (at += 4));
  if (version !== VERSION) throw new BackupError(`Unsupported backup format version ${version}.`);
  if (!logN || logN > 22 || !r || r > 32 || !p || p > 16)
    throw new BackupError('The backup header is damaged.');
  const salt = header.subarray(at, (at += SALT_BYTES));
  const iv = header.subarray(at, (at += IV_BYTES));
  const { key, check } = await deriveKeys(passphrase, salt, logN, r, p);
  if (!timingSafeEqual(check, header.subarray(at, at + CHECK_BYTES))) {
    throw new BackupError(
      'Wrong BACKUP_PASSPHRASE for this backup (or its header is damaged); nothing was restored.',
    );
  }
  return {
    plaintext() {
      const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(header).setAuthTag(tag);
      const source = createReadStream(file, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 });
      source.once('error', (error) => decipher.destroy(error));
      return source.pipe(decipher);
    },
  };
}

/** Turns Node's terse GCM failure into a message an operator understands. */
export function explainReadError(error: unknown): Error {
  if (error instanceof BackupError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BackupError(
    `The backup is damaged, truncated or was tampered with; nothing was restored (${message}).`,
  );
}

/** The decipher's error when the GCM tag does not match the data. */
export function isTagFailure(error: unknown): boolean {
  return error instanceof Error && /unable to authenticate data/i.test(error.message);
}
