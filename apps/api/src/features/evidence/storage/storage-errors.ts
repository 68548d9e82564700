import { AppError } from '../../../lib/app-error';

// The disk (or the user's quota) is full, or the file system refuses a file this large.
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
// The evidence folder cannot be written at all: read-only, not a folder, no permission, failing disk.
const UNWRITABLE = new Set(['EROFS', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EIO', 'ELOOP']);

/**
 * The public error for a storage failure found on `error` (a Node file-system error), or null when it
 * is something else. Says what the collective can act on: "full" needs space, "unavailable" needs
 * an administrator to fix the folder. Either way the upload recorded nothing.
 */
export function storageFailure(error: unknown): AppError | null {
  if (error instanceof AppError) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (FULL.has(code)) {
    return new AppError('STORAGE_FULL', 'The evidence storage is full: the file was not recorded');
  }
  if (UNWRITABLE.has(code)) {
    return new AppError(
      'STORAGE_UNAVAILABLE',
      'The evidence storage cannot be written: the file was not recorded',
    );
  }
  return null;
}
