import type { Readable } from 'node:stream';

/**
 * Where evidence bytes live: a local folder or an S3-compatible bucket. Keys are relative,
 * slash-separated paths such as `originals/<uuid>`; callers never see where the bytes really are.
 */
export interface BlobStorage {
  /** Stores the whole stream under the key; a reader never sees a partly written object. */
  put(key: string, body: Readable): Promise<void>;
  /** Opens the stored object; rejects with BlobNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Removes the object; removing a missing key is not an error (clean-up paths call it freely). */
  delete(key: string): Promise<void>;
  /**
   * Keys directly under a folder-like prefix (`originals`), for the startup sweep of files a killed
   * process left behind. A local folder also lists the partial files of interrupted writes.
   */
  list(prefix: string): Promise<string[]>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

const KEY_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** Keys come from our code, never from users; still, refuse anything that could escape the folder. */
export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}
