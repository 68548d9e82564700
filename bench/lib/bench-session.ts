import type { Role } from '@vigil/contracts';
import type { FastifyInstance } from 'fastify';

/** A bearer token for a bench user of this role (created once), with a full, second-factor session. */
export async function benchToken(app: FastifyInstance, role: Role, email = `bench-${role}@bench.vigil`) {
  const user =
    (await app.db.user.findUnique({ where: { email } })) ??
    (await app.db.user.create({ data: { email, displayName: `Bench ${role}`, role, status: 'active' } }));
  const session = await app.services.sessions.create(app.db, user, { scope: 'full', mfaVerified: true });
  return session.token;
}
