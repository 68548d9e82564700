import { loadApiEnv } from '@vigil/config';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { sha256Hex } from '../../lib/secrets';
import { api, createUser, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { findSessionWithUser } from './session-lookup';

/** Session resolution reads the database on every request: no process keeps a session valid. */
describe('resolving a session', () => {
  let t: TestApp;
  let other: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    // A second API process on the same database and keys, as behind a load balancer.
    other = await buildApp({
      env: loadApiEnv({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: t.databaseUrl,
        MASTER_KEY: t.app.config.MASTER_KEY,
        RATE_LIMIT_PER_MINUTE: '100000',
      }),
    });
    await other.ready();
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('loads the session and its user but not its secrets in one query, with the same values as Prisma', async () => {
    const user = await createUser(t.app, { role: 'lawyer' });
    const { token } = await t.app.services.sessions.create(t.app.db, user, {
      scope: 'full',
      mfaVerified: true,
    });
    const tokenHash = sha256Hex(token);
    const expected = await t.app.db.session.findUnique({
      where: { tokenHash },
      include: { user: { omit: { passwordHash: true, totpSecretEnc: true, totpLastStep: true } } },
    });
    const found = await findSessionWithUser(t.app.db, tokenHash);
    expect(found).toEqual(expected);
    expect(Object.keys(found!.user)).not.toEqual(expect.arrayContaining(['passwordHash']));
    expect(await findSessionWithUser(t.app.db, sha256Hex('vgl_unknown'))).toBeNull();
  });

  it('refuses a revoked session on the very next request, in every process', async () => {
    const { user, token } = await signedIn(t.app, 'volunteer');
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(200);
    expect((await api(other, token).get('/api/auth/me')).status).toBe(200);
    await t.app.services.sessions.revokeAllOfUser(t.app.db, user.id, 'test');
    for (const app of [t.app, other]) {
      const res = await api(app, token).get('/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('SESSION_EXPIRED');
    }
  });

  it('refuses the session of a deactivated user on the very next request, in every process', async () => {
    const { user, token } = await signedIn(t.app, 'volunteer');
    expect((await api(other, token).get('/api/supplies/items')).status).not.toBe(401);
    await t.app.db.user.update({ where: { id: user.id }, data: { status: 'deactivated' } });
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(401);
    expect((await api(other, token).get('/api/supplies/items')).status).toBe(401);
  });

  it('refuses an expired session and keeps the role read with the session current', async () => {
    const { user, token } = await signedIn(t.app, 'volunteer');
    expect((await api(t.app, token).get('/api/incidents')).status).toBe(403);
    await t.app.db.user.update({ where: { id: user.id }, data: { role: 'coordinator' } });
    expect((await api(other, token).get('/api/incidents')).status).toBe(200);
    await t.app.db.session.updateMany({
      where: { userId: user.id },
      data: { idleExpiresAt: new Date(Date.now() - 1) },
    });
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(401);
  });
});
