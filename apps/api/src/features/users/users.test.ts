import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, login, signedIn } from '../../test/fixtures';

describe('user administration', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await signedIn(t.app, 'admin');
  });
  afterAll(() => t.close());

  it('creates a user with an invitation that sets the password once', async () => {
    const res = await api(t.app, admin.token)
      .post('/api/admin/users')
      .send({ email: ' New.Person@Test.vigil ', displayName: 'Nadia', role: 'volunteer' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      email: 'new.person@test.vigil',
      status: 'invited',
      role: 'volunteer',
    });
    const { token } = res.body.invite;
    const accept = await api(t.app)
      .post('/api/auth/invites/accept')
      .send({ token, password: 'my own long passphrase' });
    expect(accept.status).toBe(200);
    const again = await api(t.app)
      .post('/api/auth/invites/accept')
      .send({ token, password: 'my own long passphrase' });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('TOKEN_INVALID');
    const signIn = await api(t.app)
      .post('/api/auth/login')
      .send({ email: 'new.person@test.vigil', password: 'my own long passphrase' });
    expect(signIn.status).toBe(200);
    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { action: 'user.create', entityId: res.body.user.id },
    });
    expect(audit.actorId).toBe(admin.user.id);
    expect(audit.fields).toEqual(['email', 'displayName', 'role']);
    expect(audit.meta ?? '').not.toContain('Nadia');
  });

  it('refuses a duplicate email with 409 naming the field, and writes nothing', async () => {
    const body = { email: 'twice@test.vigil', displayName: 'Twice', role: 'lawyer' };
    expect((await api(t.app, admin.token).post('/api/admin/users').send(body)).status).toBe(200);
    const before = await t.app.db.user.count();
    const res = await api(t.app, admin.token)
      .post('/api/admin/users')
      .send({ ...body, email: 'TWICE@test.vigil' });
    expect(res.status).toBe(409);
    expect(res.body.error.details[0].path).toBe('body/email');
    expect(await t.app.db.user.count()).toBe(before);
  });

  it('rejects bad input with the path of each bad field', async () => {
    const res = await api(t.app, admin.token)
      .post('/api/admin/users')
      .send({ email: 'x', displayName: '', role: 'king', extra: true });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body/email', 'body/displayName', 'body/role']));
    expect((await api(t.app, admin.token).get('/api/admin/users/not-a-uuid')).status).toBe(400);
    expect(
      (await api(t.app, admin.token).get('/api/admin/users/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });

  it.each(['coordinator', 'legal_observer', 'lawyer', 'volunteer'] as const)(
    'refuses the %s role',
    async (role) => {
      const other = await signedIn(t.app, role);
      expect((await api(t.app, other.token).get('/api/admin/users')).status).toBe(403);
      expect(
        (
          await api(t.app, other.token)
            .post('/api/admin/users')
            .send({ email: 'a@b.c', displayName: 'A', role: 'admin' })
        ).status,
      ).toBe(403);
    },
  );

  it('changes a role, which ends the sessions granted under the old one', async () => {
    const target = await signedIn(t.app, 'volunteer');
    const res = await api(t.app, admin.token)
      .patch(`/api/admin/users/${target.user.id}`)
      .send({ role: 'legal_observer' });
    expect(res.status).toBe(200);
    expect(res.body.user.role).toBe('legal_observer');
    expect((await api(t.app, target.token).get('/api/auth/me')).status).toBe(401);
    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { action: 'user.update', entityId: target.user.id },
    });
    expect(audit.fields).toEqual(['role']);
  });

  it('deactivates and reactivates; a deactivated user cannot sign in', async () => {
    const target = await signedIn(t.app, 'volunteer');
    await api(t.app, admin.token).patch(`/api/admin/users/${target.user.id}`).send({ status: 'deactivated' });
    expect((await api(t.app, target.token).get('/api/auth/me')).status).toBe(401);
    expect((await login(t.app, target.user.email)).status).toBe(403);
    await api(t.app, admin.token).patch(`/api/admin/users/${target.user.id}`).send({ status: 'active' });
    expect((await login(t.app, target.user.email)).status).toBe(200);
  });

  it('keeps the administrator from demoting or deactivating themselves', async () => {
    const res = await api(t.app, admin.token)
      .patch(`/api/admin/users/${admin.user.id}`)
      .send({ role: 'volunteer' });
    expect(res.status).toBe(403);
    const empty = await api(t.app, admin.token).patch(`/api/admin/users/${admin.user.id}`).send({});
    expect(empty.status).toBe(400);
  });

  it('unlocks a locked account and resets a second factor', async () => {
    const target = await signedIn(t.app, 'lawyer');
    await t.app.db.user.update({
      where: { id: target.user.id },
      data: { lockedUntil: new Date(Date.now() + 3_600_000), failedLoginCount: 9 },
    });
    expect((await api(t.app, admin.token).get(`/api/admin/users/${target.user.id}`)).body.user.locked).toBe(
      true,
    );
    expect((await api(t.app, admin.token).post(`/api/admin/users/${target.user.id}/unlock`)).status).toBe(
      200,
    );
    expect((await api(t.app, admin.token).get(`/api/admin/users/${target.user.id}`)).body.user.locked).toBe(
      false,
    );
    expect((await api(t.app, admin.token).post(`/api/admin/users/${target.user.id}/reset-mfa`)).status).toBe(
      200,
    );
    const after = await api(t.app, admin.token).get(`/api/admin/users/${target.user.id}`);
    expect(after.body.user.mfaEnabled).toBe(false);
    expect((await login(t.app, target.user.email)).body.mfaEnrolmentRequired).toBe(true);
  });

  it('records who read the member list', async () => {
    await api(t.app, admin.token).get('/api/admin/users');
    const entry = await t.app.db.auditEvent.findFirstOrThrow({
      where: { action: 'user.list' },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({ actorId: admin.user.id, fields: ['email', 'displayName'] });
  });

  it("lists and revokes a user's sessions", async () => {
    const target = await signedIn(t.app, 'volunteer');
    const list = await api(t.app, admin.token).get(`/api/admin/users/${target.user.id}/sessions`);
    expect(list.body.sessions).toHaveLength(1);
    expect(list.body.sessions[0]).not.toHaveProperty('tokenHash');
    const res = await api(t.app, admin.token).post(`/api/admin/users/${target.user.id}/sessions/revoke-all`);
    expect(res.body).toEqual({ revoked: 1 });
    expect((await api(t.app, target.token).get('/api/auth/me')).status).toBe(401);
  });

  it('issues a new invitation link that voids the previous one', async () => {
    const created = await api(t.app, admin.token)
      .post('/api/admin/users')
      .send({ email: 'late@test.vigil', displayName: 'Late', role: 'volunteer' });
    const second = await api(t.app, admin.token).post(`/api/admin/users/${created.body.user.id}/invite`);
    expect(second.status).toBe(200);
    const old = await api(t.app)
      .post('/api/auth/invites/accept')
      .send({ token: created.body.invite.token, password: 'some long passphrase' });
    expect(old.status).toBe(400);
    const fresh = await api(t.app)
      .post('/api/auth/invites/accept')
      .send({ token: second.body.invite.token, password: 'some long passphrase' });
    expect(fresh.status).toBe(200);
  });
});
