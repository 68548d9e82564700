import { Prisma } from '@vigil/db';
import { AppError } from './app-error';

/** How long a client should wait before retrying: PostgreSQL restarts in a few seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Prisma's own codes for "cannot reach / lost / timed out", including P2024 (no pool connection in time).
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// What @prisma/adapter-pg reports in meta.driverAdapterError.cause.kind for socket-level failures.
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
// SQLSTATEs: the server is shutting down or starting (57P01-57P03), connection exceptions (08…),
// too many connections (53300); and the socket errors node-postgres passes through.
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
// node-postgres and pg-pool throw plain Errors for these, which the adapter rethrows untouched.
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

type Loose = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

function matches(node: Loose): boolean {
  const { code, kind, message } = node;
  if (typeof code === 'string' && (SQLSTATES.has(code) || SOCKET_CODES.has(code) || code.startsWith('08'))) {
    return true;
  }
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  return typeof message === 'string' && DRIVER_MESSAGES.some((text) => message.startsWith(text));
}

/**
 * True when the error says PostgreSQL cannot be reached right now (down, restarting, connection cut,
 * pool exhausted), as opposed to a query that is wrong. Looks through Prisma's wrapping: the driver
 * adapter's cause in `meta.driverAdapterError`, and `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError && PRISMA_CODES.has(error.code)) return true;
  const seen = new Set<unknown>();
  let node: unknown = error;
  // Prisma wraps the adapter's error, which wraps the driver's: a few levels at most.
  while (node && typeof node === 'object' && !seen.has(node) && seen.size < 6) {
    seen.add(node);
    const loose = node as Loose;
    if (matches(loose)) return true;
    const adapter = (loose.meta as { driverAdapterError?: Loose } | undefined)?.driverAdapterError;
    if (adapter && (matches(adapter) || (adapter.cause && matches(adapter.cause as Loose)))) return true;
    node = loose.cause;
  }
  return false;
}

export function databaseUnavailable(): AppError {
  return new AppError(
    'DATABASE_UNAVAILABLE',
    'The database is unavailable (restarting or unreachable): retry shortly',
    undefined,
    { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
}
