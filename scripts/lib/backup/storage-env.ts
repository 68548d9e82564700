import { resolve } from 'node:path';
import { apiEnvSchema, parseEnv } from '@vigil/config';
import type { BlobStorage } from '../../../apps/api/src/features/evidence/storage/blob-storage';
import { storageFromConfig } from '../../../apps/api/src/features/evidence/storage/storage-from-config';
import { ROOT } from '../postgres';

// Only the storage settings: backup and restore need neither the master key nor the API's other settings.
const storageEnvSchema = apiEnvSchema.pick({
  EVIDENCE_STORAGE: true,
  EVIDENCE_DIR: true,
  S3_ENDPOINT: true,
  S3_REGION: true,
  S3_BUCKET: true,
  S3_ACCESS_KEY_ID: true,
  S3_SECRET_ACCESS_KEY: true,
  S3_FORCE_PATH_STYLE: true,
});

/** The configured evidence storage; call after resolveDatabaseUrl(), which loads .env. */
export function configuredStorage(): BlobStorage {
  // A relative EVIDENCE_DIR is relative to the repository root, where the API runs from.
  return storageFromConfig(parseEnv(storageEnvSchema, process.env), ROOT);
}

/** A path argument as the user typed it: npm runs scripts from the root, INIT_CWD is where they were. */
export function userPath(argument: string | undefined, usage: string): string {
  if (!argument || argument.startsWith('-')) throw new Error(usage);
  return resolve(process.env.INIT_CWD ?? process.cwd(), argument);
}
