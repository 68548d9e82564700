import { type TestApp, buildTestApp } from '../../test/test-app';
import { PASSWORD, api, createUser, enrolTotp, login, totpCode } from '../../test/fixtures';

describe('login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('signs in with email and password, case-insensitively, and returns a bearer token', async () => {
    const user = await createUser(t.app, { role: 'volunteer' });
    const res = await login(t.app, user.email.toUpperCase());
    expect(res.status).toBe(200);
    expect(res.body.token).toMatch(/^vgl_/);
    expect(res.body.user).toMatchObject({ id: user.id, role: 'volunteer' });
    expect(res.body.user).not.toHaveProperty('passwordHash');
    expect(res.body.permissions).toContain('supplies.write');
    expect(res.body.mfaEnrolmentRequired).toBe(false);
    const me = await api(t.app, res.body.token).get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(user.id);
    const stored = await t.app.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toBe(res.body.token);
  });

  it('refuses a wrong password or unknown account with the same answer, and audits both', async () => {
    const user = await createUser(t.app);
    const wrong = await api(t.app).post('/api/auth/login').send({ email: user.email, password: 'nope nope nope' });
    const unknown = await api(t.app).post('/api/auth/login').send({ email: 'ghost@test.vigil', password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
    const failures = await t.app.db.auditEvent.count({ where: { action: 'auth.login_failed' } });
    expect(failures).toBeGreaterThanOrEqual(2);
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const user = await createUser(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await api(t.app).post('/api/auth/login').send({ email: user.email, password: `wrong-${i}-password` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await login(t.app, user.email);
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser(t.app, { status: 'deactivated' });
    const res = await login(t.app, user.email);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ACCOUNT_DISABLED');
  });

  it('validates input and names the field', async () => {
    const res = await api(t.app).post('/api/auth/login').send({ email: 'not-an-email', password: 'x', extra: 1 });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body/email']));
  });

  it('puts a coordinator without 2FA in an enrolment-only session until enrolled', async () => {
    const user = await createUser(t.app, { role: 'coordinator' });
    const res = await login(t.app, user.email);
    expect(res.status).toBe(200);
    expect(res.body.mfaEnrolmentRequired).toBe(true);
    const token = res.body.token as string;
    const blocked = await api(t.app, token).get('/api/account/sessions');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('MFA_ENROLMENT_REQUIRED');
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(200);
    const secret = await enrolTotp(t.app, token);
    expect((await api(t.app, token).get('/api/account/sessions')).status).toBe(200);

    const again = await login(t.app, user.email);
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('TOTP_REQUIRED');
    // The step used during enrolment cannot be replayed; a fresh step can.
    const replay = await login(t.app, user.email, { totp: totpCode(secret) });
    expect(replay.body.error?.code).toBe('TOTP_INVALID');
    const next = await login(t.app, user.email, { totp: totpCode(secret, Date.now() + 30_000) });
    expect(next.status).toBe(200);
    expect(next.body.mfaEnrolmentRequired).toBe(false);
  });

  it('accepts each recovery code once', async () => {
    const user = await createUser(t.app, { role: 'lawyer' });
    const token = (await login(t.app, user.email)).body.token as string;
    const setup = await api(t.app, token).post('/api/auth/totp/setup');
    const verify = await api(t.app, token).post('/api/auth/totp/verify').send({ code: totpCode(setup.body.secret) });
    const [code] = verify.body.recoveryCodes as string[];
    expect(verify.body.recoveryCodes).toHaveLength(10);
    expect((await login(t.app, user.email, { totp: code })).status).toBe(200);
    expect((await login(t.app, user.email, { totp: code })).status).toBe(401);
  });

  it('exempts seeded demo accounts from the 2FA rule', async () => {
    const user = await createUser(t.app, { role: 'admin', demoAccount: true });
    const res = await login(t.app, user.email);
    expect(res.body.mfaEnrolmentRequired).toBe(false);
  });

  it('ends the session at logout', async () => {
    const user = await createUser(t.app);
    const token = (await login(t.app, user.email)).body.token as string;
    expect((await api(t.app, token).post('/api/auth/logout')).status).toBe(200);
    const after = await api(t.app, token).get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('SESSION_EXPIRED');
  });
});
