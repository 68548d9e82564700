import { randomBytes } from 'node:crypto';
import { ROLES } from '@vigil/contracts';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, createUser, login, signedIn } from '../../test/fixtures';
import { callRoute, outcome, ownRoutes } from '../../test/routes';

/** Flips one bit of the token's random part: a token that was never issued, however close. */
function bitFlipped(token: string): string {
  const chars = token.split('');
  const at = 10;
  chars[at] = String.fromCharCode((chars[at] ?? 'a').charCodeAt(0) ^ 1);
  return chars.join('');
}

/**
 * Every non-public route, called with credentials that must no longer (or never) work: each answers
 * 401, whichever role the session belonged to. Runs on its own database: the emergency lock at the
 * end ends every session on the instance.
 */
describe('dead and forged sessions on every route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(() => t.close());

  const guarded = () => ownRoutes(t.app).filter((r) => r.access !== 'public');

  async function expectRefusedEverywhere(who: string, authorization: string) {
    for (const route of guarded()) {
      const res = await callRoute(t.app, route, authorization);
      expect(outcome(who, route, res.status)).toBe(outcome(who, route, 401));
      expect(typeof res.body?.error?.code).toBe('string');
    }
  }

  it('refuses a session ended by logout', async () => {
    const { token } = await signedIn(t.app, 'coordinator');
    expect((await api(t.app, token).post('/api/auth/logout')).status).toBe(200);
    await expectRefusedEverywhere('logged-out coordinator', `Bearer ${token}`);
  });

  it('refuses a session ended from another device ("sign out everywhere")', async () => {
    const { user, token } = await signedIn(t.app, 'lawyer');
    const other = await signedIn(t.app, 'admin');
    const res = await api(t.app, other.token).post(`/api/admin/users/${user.id}/sessions/revoke-all`);
    expect(res.status).toBe(200);
    await expectRefusedEverywhere('revoked lawyer', `Bearer ${token}`);
  });

  it('refuses a session past its idle expiry, and one past its absolute expiry', async () => {
    const idle = await signedIn(t.app, 'coordinator');
    const absolute = await signedIn(t.app, 'admin');
    const past = new Date(Date.now() - 1_000);
    await t.app.db.session.updateMany({ where: { userId: idle.user.id }, data: { idleExpiresAt: past } });
    await t.app.db.session.updateMany({ where: { userId: absolute.user.id }, data: { absoluteExpiresAt: past } });
    await expectRefusedEverywhere('idle-expired coordinator', `Bearer ${idle.token}`);
    await expectRefusedEverywhere('expired admin', `Bearer ${absolute.token}`);
  });

  it('refuses forged, altered and malformed tokens', async () => {
    const { token } = await signedIn(t.app, 'coordinator');
    const forged = [
      ['random token', `Bearer vgl_${randomBytes(32).toString('base64url')}`],
      ['bit-flipped token', `Bearer ${bitFlipped(token)}`],
      ['token without its prefix', `Bearer ${token.slice(4)}`],
      ['overlong token', `Bearer ${token}${'A'.repeat(200)}`],
      ['other scheme', `Basic ${Buffer.from(`x:${token}`).toString('base64')}`],
      ['empty bearer', 'Bearer '],
    ] as const;
    for (const [who, authorization] of forged) await expectRefusedEverywhere(who, authorization);
    // The real token still works: the refusals were about the tokens, not the session.
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(200);
  });

  it('refuses every session of every role after the emergency lock, and then requires 2FA of everyone', async () => {
    const sessions = await Promise.all(ROLES.map(async (role) => ({ role, ...(await signedIn(t.app, role)) })));
    const admin = sessions.find((s) => s.role === 'admin');
    const lock = await api(t.app, admin?.token).post('/api/admin/emergency-lock').send({ confirm: 'LOCK' });
    expect(lock.status).toBe(200);
    for (const { role, token } of sessions) await expectRefusedEverywhere(`${role} (emergency lock)`, `Bearer ${token}`);

    // A volunteer (no 2FA by default) signing in again gets an enrolment-only session.
    const volunteer = await createUser(t.app, { role: 'volunteer' });
    const again = await login(t.app, volunteer.email);
    expect(again.body.mfaEnrolmentRequired).toBe(true);
    const supplies = await api(t.app, again.body.token).get('/api/supplies/items');
    expect([supplies.status, supplies.body.error.code]).toEqual([403, 'MFA_ENROLMENT_REQUIRED']);
  });
});
