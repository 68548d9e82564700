import { Prisma, type Session, type SqlTarget, sqlOf } from '@vigil/db';
import type { UserViewSource } from '../users/user-view';

// Every column of the session and every column of the user but its secrets, field name → column name.
// Typed as records over the models' keys, so a field added to the schema fails the type-check here
// until it is listed (the raw query cannot miss it).
const SESSION_COLUMNS: Record<keyof Session, string> = {
  id: 'id',
  tokenHash: 'token_hash',
  userId: 'user_id',
  scope: 'scope',
  mfaVerified: 'mfa_verified',
  userAgent: 'user_agent',
  createdAt: 'created_at',
  lastSeenAt: 'last_seen_at',
  idleExpiresAt: 'idle_expires_at',
  absoluteExpiresAt: 'absolute_expires_at',
  revokedAt: 'revoked_at',
  revokedReason: 'revoked_reason',
};
/**
 * The signed-in user as every request sees it: without the password hash and the TOTP secret, which
 * only sign-in and the second-factor and password changes read (each from the database itself).
 */
export type SessionUser = UserViewSource;
const USER_COLUMNS: Record<keyof SessionUser, string> = {
  id: 'id',
  email: 'email',
  displayName: 'display_name',
  role: 'role',
  status: 'status',
  locale: 'locale',
  totpEnabledAt: 'totp_enabled_at',
  demoAccount: 'demo_account',
  failedLoginCount: 'failed_login_count',
  lockedUntil: 'locked_until',
  lastLoginAt: 'last_login_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

// Enums and uuids come back as text, timestamps as Date: the same values Prisma's own queries give.
const columnsOf = (table: string, prefix: string, columns: Record<string, string>) =>
  Object.entries(columns).map(([field, column]) => `${table}."${column}" AS "${prefix}${field}"`);
const SELECT_LIST = Prisma.raw(
  [...columnsOf('s', 's.', SESSION_COLUMNS), ...columnsOf('u', 'u.', USER_COLUMNS)].join(', '),
);

function pick<T>(row: Record<string, unknown>, prefix: string, columns: Record<keyof T, string>): T {
  const picked: Record<string, unknown> = {};
  for (const field of Object.keys(columns)) picked[field] = row[`${prefix}${field}`];
  return picked as T;
}

/**
 * The session behind a token hash with its user, in ONE round trip (Prisma's `include` sends two
 * queries through the driver adapter). Runs on every authenticated request, so it is read fresh from
 * the database each time: a revoked session or a deactivated user is refused on the very next request.
 */
export async function findSessionWithUser(
  db: SqlTarget,
  tokenHash: string,
): Promise<(Session & { user: SessionUser }) | null> {
  const [row] = await sqlOf(db).query<Record<string, unknown>>(
    Prisma.sql`SELECT ${SELECT_LIST} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ${tokenHash}`,
    // Planned once per connection, not on every request (a unique-index lookup: one plan fits all).
    { name: 'session-with-user' },
  );
  if (!row) return null;
  return { ...pick<Session>(row, 's.', SESSION_COLUMNS), user: pick<SessionUser>(row, 'u.', USER_COLUMNS) };
}
