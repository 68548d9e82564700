import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, createUser, login, signedIn } from '../../test/fixtures';

describe('instance settings and the emergency lock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('reads and changes the 2FA rule', async () => {
    const admin = await signedIn(t.app, 'admin');
    const initial = await api(t.app, admin.token).get('/api/admin/settings');
    expect(initial.body).toEqual({
      mfaRequiredRoles: ['admin', 'coordinator', 'lawyer', 'caseworker'],
      emergencyLock: null,
      caseworkRetentionMonths: 12,
    });
    const changed = await api(t.app, admin.token).patch('/api/admin/settings').send({ mfaRequiredRoles: ['admin', 'coordinator', 'lawyer', 'legal_observer'] });
    expect(changed.status).toBe(200);
    const observer = await createUser(t.app, { role: 'legal_observer' });
    expect((await login(t.app, observer.email)).body.mfaEnrolmentRequired).toBe(true);
    const bad = await api(t.app, admin.token).patch('/api/admin/settings').send({ mfaRequiredRoles: ['wizard'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toMatch(/^body\/mfaRequiredRoles/);
    await api(t.app, admin.token).patch('/api/admin/settings').send({ mfaRequiredRoles: ['admin', 'coordinator', 'lawyer'] });
  });

  it('changes the casework retention, within 1 to 120 months', async () => {
    const admin = await signedIn(t.app, 'admin');
    const changed = await api(t.app, admin.token).patch('/api/admin/settings').send({ caseworkRetentionMonths: 24 });
    expect(changed.status).toBe(200);
    expect(changed.body.caseworkRetentionMonths).toBe(24);
    for (const months of [0, 121, 1.5]) {
      const bad = await api(t.app, admin.token).patch('/api/admin/settings').send({ caseworkRetentionMonths: months });
      expect([bad.status, bad.body.error.details[0].path]).toEqual([400, 'body/caseworkRetentionMonths']);
    }
    expect((await api(t.app, admin.token).patch('/api/admin/settings').send({})).status).toBe(400);
    await api(t.app, admin.token).patch('/api/admin/settings').send({ caseworkRetentionMonths: 12 });
  });

  it('refuses non-administrators', async () => {
    const coordinator = await signedIn(t.app, 'coordinator');
    expect((await api(t.app, coordinator.token).get('/api/admin/settings')).status).toBe(403);
    expect((await api(t.app, coordinator.token).post('/api/admin/emergency-lock').send({ confirm: 'LOCK' })).status).toBe(403);
  });

  it('locks the instance: every session ends and everyone must use 2FA until lifted', async () => {
    const admin = await signedIn(t.app, 'admin');
    const volunteer = await signedIn(t.app, 'volunteer');
    const unconfirmed = await api(t.app, admin.token).post('/api/admin/emergency-lock').send({ confirm: 'yes' });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.details[0].path).toBe('body/confirm');

    const res = await api(t.app, admin.token).post('/api/admin/emergency-lock').send({ confirm: 'LOCK' });
    expect(res.status).toBe(200);
    expect(res.body.revoked).toBeGreaterThanOrEqual(2);
    expect((await api(t.app, admin.token).get('/api/auth/me')).status).toBe(401);
    expect((await api(t.app, volunteer.token).get('/api/auth/me')).status).toBe(401);
    expect(await t.app.db.session.count({ where: { revokedAt: null } })).toBe(0);

    const relog = await login(t.app, volunteer.user.email);
    expect(relog.body.mfaEnrolmentRequired).toBe(true);
    const demo = await createUser(t.app, { role: 'volunteer', demoAccount: true });
    expect((await login(t.app, demo.email)).body.mfaEnrolmentRequired).toBe(true);

    const admin2 = await signedIn(t.app, 'admin');
    const lifted = await api(t.app, admin2.token).delete('/api/admin/emergency-lock');
    expect(lifted.body.emergencyLock).toBeNull();
    expect((await login(t.app, demo.email)).body.mfaEnrolmentRequired).toBe(false);
    expect(await t.app.db.auditEvent.count({ where: { action: 'instance.emergency_lock' } })).toBe(1);
  });
});
