import type { Role } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { SessionService } from '../../apps/api/src/features/sessions/session-service';

/** What minting a token needs: a whole app, or just a database client and the session service. */
export interface SessionMint {
  db: Db;
  services: { sessions: Pick<SessionService, 'create'> };
}

/** A bearer token for a bench user of this role (created once), with a full, second-factor session. */
export async function benchToken(app: SessionMint, role: Role, email = `bench-${role}@bench.vigil`) {
  const user =
    (await app.db.user.findUnique({ where: { email } })) ??
    (await app.db.user.create({ data: { email, displayName: `Bench ${role}`, role, status: 'active' } }));
  const session = await app.services.sessions.create(app.db, user, { scope: 'full', mfaVerified: true });
  return session.token;
}
