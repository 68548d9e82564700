import type { ErrorCode, ErrorDetail } from '@vigil/contracts';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  TOKEN_INVALID: 400,
  FORBIDDEN: 403,
  ACCOUNT_DISABLED: 403,
  MFA_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DOSSIER_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  STORAGE_FULL: 507,
  STORAGE_UNAVAILABLE: 503,
};

/** The one error type services throw; the error handler turns it into the public error shape. */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** Extra response headers, e.g. Retry-After for lockouts. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = STATUS_BY_CODE[code];
  }

  static notFound(what = 'Resource'): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static forbidden(message = 'You do not have permission to do this'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static conflict(message: string, details?: ErrorDetail[]): AppError {
    return new AppError('CONFLICT', message, details);
  }

  static invalid(path: string, message: string): AppError {
    return new AppError('VALIDATION_FAILED', 'The request is invalid', [{ path, message }]);
  }

  static statusOf(code: ErrorCode): number {
    return STATUS_BY_CODE[code];
  }
}
