export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /** A dossier past its retention: its PDF and manifest were deleted (410). */
  'DOSSIER_EXPIRED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'TOTP_REQUIRED',
  'TOTP_INVALID',
  'MFA_ENROLMENT_REQUIRED',
  'TOKEN_INVALID',
  'SERVICE_UNAVAILABLE',
  /** PostgreSQL cannot be reached or is restarting (503 with Retry-After): retry shortly. */
  'DATABASE_UNAVAILABLE',
  /** The evidence storage is out of space (507): nothing was recorded. */
  'STORAGE_FULL',
  /** The evidence storage cannot be written (503: read-only, not a folder, permissions). */
  'STORAGE_UNAVAILABLE',
  'INTERNAL',
] as const;
