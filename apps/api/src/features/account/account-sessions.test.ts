import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, createUser, login, signedIn } from '../../test/fixtures';

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('lists my live sessions with the current one marked, and revokes one', async () => {
    const { user, token } = await signedIn(t.app, 'legal_observer');
    const other = (await login(t.app, user.email)).body.token as string;
    const list = await api(t.app, token).get('/api/account/sessions');
    expect(list.status).toBe(200);
    expect(list.body.sessions).toHaveLength(2);
    expect(list.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const otherId = list.body.sessions.find((s: { current: boolean }) => !s.current).id;
    expect((await api(t.app, token).delete(`/api/account/sessions/${otherId}`)).status).toBe(200);
    expect((await api(t.app, other).get('/api/auth/me')).status).toBe(401);
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(200);
  });

  it("cannot revoke someone else's session (404)", async () => {
    const a = await signedIn(t.app);
    const b = await signedIn(t.app);
    const sessionOfB = await t.app.db.session.findFirstOrThrow({ where: { userId: b.user.id } });
    const res = await api(t.app, a.token).delete(`/api/account/sessions/${sessionOfB.id}`);
    expect(res.status).toBe(404);
    expect((await api(t.app, b.token).get('/api/auth/me')).status).toBe(200);
  });

  it('signs out everywhere', async () => {
    const { user, token } = await signedIn(t.app);
    const other = (await login(t.app, user.email)).body.token as string;
    const res = await api(t.app, token).post('/api/account/sessions/revoke-all');
    expect(res.body).toEqual({ revoked: 2 });
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(401);
    expect((await api(t.app, other).get('/api/auth/me')).status).toBe(401);
  });

  it('expires idle and old sessions', async () => {
    const idle = await signedIn(t.app);
    const old = await signedIn(t.app);
    await t.app.db.session.updateMany({ where: { userId: idle.user.id }, data: { idleExpiresAt: new Date(Date.now() - 1000) } });
    await t.app.db.session.updateMany({ where: { userId: old.user.id }, data: { absoluteExpiresAt: new Date(Date.now() - 1000) } });
    for (const token of [idle.token, old.token]) {
      const res = await api(t.app, token).get('/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('SESSION_EXPIRED');
    }
  });

  it('refuses forged, malformed and missing tokens', async () => {
    for (const header of ['Bearer vgl_forged', 'Bearer ', 'Basic abc', `Bearer vgl_${'x'.repeat(43)}`]) {
      const res = await api(t.app).get('/api/auth/me').set('authorization', header);
      expect(res.status).toBe(401);
    }
    expect((await api(t.app).get('/api/auth/me')).status).toBe(401);
  });

  it('changes the password, keeping this session and ending the others', async () => {
    const { user, token } = await signedIn(t.app);
    const other = (await login(t.app, user.email)).body.token as string;
    const wrong = await api(t.app, token).post('/api/account/password').send({ currentPassword: 'bad', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('body/currentPassword');
    const short = await api(t.app, token).post('/api/account/password').send({ currentPassword: 'x', newPassword: 'short' });
    expect(short.body.error.details.map((d: { path: string }) => d.path)).toContain('body/newPassword');
    const ok = await api(t.app, token)
      .post('/api/account/password')
      .send({ currentPassword: 'correct horse battery staple', newPassword: 'a brand new passphrase' });
    expect(ok.status).toBe(200);
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(200);
    expect((await api(t.app, other).get('/api/auth/me')).status).toBe(401);
  });

  it('updates my profile', async () => {
    const { token } = await signedIn(t.app);
    const res = await api(t.app, token).patch('/api/account/profile').send({ locale: 'fr', displayName: 'Nour' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ locale: 'fr', displayName: 'Nour' });
    const bad = await api(t.app, token).patch('/api/account/profile').send({ locale: 'xx' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body/locale');
  });

  it('a deactivated user is thrown out on the next request', async () => {
    const { user, token } = await signedIn(t.app);
    await t.app.db.user.update({ where: { id: user.id }, data: { status: 'deactivated' } });
    expect((await api(t.app, token).get('/api/auth/me')).status).toBe(401);
  });

  it('keeps unused accounts out', async () => {
    const user = await createUser(t.app, { status: 'invited' });
    await t.app.db.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    expect((await login(t.app, user.email)).status).toBe(401);
  });
});
