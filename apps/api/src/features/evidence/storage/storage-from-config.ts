import { isAbsolute, resolve } from 'node:path';
import type { ApiEnv } from '@vigil/config';
import type { BlobStorage } from './blob-storage';
import { LocalStorage } from './local-storage';
import { S3Storage } from './s3-storage';

type StorageEnv = Pick<
  ApiEnv,
  | 'EVIDENCE_STORAGE'
  | 'EVIDENCE_DIR'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
>;

/** EVIDENCE_DIR as an absolute path; a relative one is taken from `base` (the API runs from the repo root). */
export function evidenceDirOf(env: Pick<ApiEnv, 'EVIDENCE_DIR'>, base = process.cwd()): string {
  return isAbsolute(env.EVIDENCE_DIR) ? env.EVIDENCE_DIR : resolve(base, env.EVIDENCE_DIR);
}

/** The storage the configuration names; the config schema already requires the S3 settings together. */
export function storageFromConfig(env: StorageEnv, base = process.cwd()): BlobStorage {
  if (env.EVIDENCE_STORAGE === 'local') return new LocalStorage(evidenceDirOf(env, base));
  if (!env.S3_BUCKET || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) {
    throw new Error('EVIDENCE_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  }
  return new S3Storage({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
  });
}
