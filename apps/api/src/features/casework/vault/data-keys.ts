import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@vigil/db';
import { KeyRing, decrypt, encrypt } from '../../../lib/secrets';

/** A key that wraps data keys: CASEWORK_KEY, or one derived from MASTER_KEY when it is not set. */
export interface WrappingKey {
  id: string;
  key: Buffer;
}

export function wrappingKey(raw: Buffer): WrappingKey {
  return { id: createHash('sha256').update(raw).update('vigil:casework-key-id').digest('hex').slice(0, 16), key: raw };
}

export function wrappingKeysFromConfig(config: {
  MASTER_KEY: string;
  CASEWORK_KEY?: string | undefined;
  CASEWORK_KEY_PREVIOUS?: string | undefined;
}): { current: WrappingKey; previous: WrappingKey | null } {
  const current = config.CASEWORK_KEY
    ? Buffer.from(config.CASEWORK_KEY, 'base64')
    : new KeyRing(config.MASTER_KEY).derive('casework-master');
  return {
    current: wrappingKey(current),
    previous: config.CASEWORK_KEY_PREVIOUS ? wrappingKey(Buffer.from(config.CASEWORK_KEY_PREVIOUS, 'base64')) : null,
  };
}

const WRAP_CONTEXT = 'vigil:casework-data-key';

export function wrapDataKey(wrapping: WrappingKey, dataKey: Buffer): string {
  return encrypt(wrapping.key, `${WRAP_CONTEXT}:${dataKey.toString('base64')}`);
}

export function unwrapDataKey(wrapping: WrappingKey, wrapped: string): Buffer {
  const opened = decrypt(wrapping.key, wrapped);
  if (!opened.startsWith(`${WRAP_CONTEXT}:`)) throw new Error('Not a casework data key');
  return Buffer.from(opened.slice(WRAP_CONTEXT.length + 1), 'base64');
}

/**
 * Makes sure one active data key exists. The advisory lock keeps two processes starting at once from
 * both creating one.
 */
export async function ensureActiveDataKey(db: Db, wrapping: WrappingKey): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('vigil:casework-data-key'))`;
    const active = await tx.dataKey.findFirst({ where: { active: true }, select: { id: true } });
    if (active) return;
    await tx.dataKey.create({
      data: { wrapped: wrapDataKey(wrapping, randomBytes(32)), masterKeyId: wrapping.id, active: true },
    });
  });
}
