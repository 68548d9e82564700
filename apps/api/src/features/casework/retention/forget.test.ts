import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, signedIn } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { linkVictim, seedFullPerson } from './retention-fixtures';

describe('forget this person, and the retention preview', () => {
  let t: TestApp;
  let dir: string;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let caseworker: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-forget-'));
    t = await buildTestApp({ EVIDENCE_DIR: dir, RATE_LIMIT_PER_MINUTE: '100000' });
    coordinator = await signedIn(t.app, 'coordinator');
    caseworker = await signedIn(t.app, 'caseworker');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const seed = (closedMonthsAgo: number | null, alias: string) =>
    seedFullPerson(t.app, {
      createdById: coordinator.user.id,
      grantee: caseworker.user.id,
      closedMonthsAgo,
      alias,
    });

  it('lets a coordinator erase a person at once, even with an open case, after typing their alias', async () => {
    const { person, kase, storageKey } = await seed(null, 'Abdi K.');
    await t.app.db.caseAssignment.create({
      data: { caseId: kase.id, userId: caseworker.user.id, assignedById: coordinator.user.id },
    });
    const victim = await linkVictim(t.app, person.id, coordinator.user.id);
    const url = `/api/people/${person.id}/forget`;

    const refused = await api(t.app, caseworker.token)
      .post(url)
      .send({ reason: 'Asked to be forgotten', confirmAlias: 'Abdi K.' });
    expect(refused.status).toBe(403);
    const wrong = await api(t.app, coordinator.token)
      .post(url)
      .send({ reason: 'Asked to be forgotten', confirmAlias: 'Abdi' });
    expect([wrong.status, wrong.body.error.details[0].path]).toEqual([400, 'body/confirmAlias']);
    const noReason = await api(t.app, coordinator.token).post(url).send({ confirmAlias: 'Abdi K.' });
    expect([noReason.status, noReason.body.error.details[0].path]).toEqual([400, 'body/reason']);
    expect((await t.app.db.person.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();

    const res = await api(t.app, coordinator.token)
      .post(url)
      .send({ reason: 'Asked to be forgotten', confirmAlias: 'Abdi K.' });
    expect(res.status).toBe(200);
    expect(res.body.erasure).toMatchObject({
      personId: person.id,
      alias: `erased-${person.id.slice(0, 8)}`,
      cases: 1,
      notes: 1,
      documents: 1,
      deadlines: 1,
      grants: 1,
      victimsUnlinked: 1,
    });
    expect(await t.app.storage.exists(storageKey)).toBe(false);
    expect((await t.app.db.victim.findUniqueOrThrow({ where: { id: victim.id } })).personId).toBeNull();
    const erasedCase = await t.app.db.case.findUniqueOrThrow({ where: { id: kase.id } });
    expect(erasedCase).toMatchObject({
      status: 'active',
      type: 'dublin',
      summaryEnc: null,
      erasedAt: expect.any(Date),
    });

    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { action: 'casework.erased', entityId: person.id },
    });
    expect(audit).toMatchObject({ actorId: coordinator.user.id, entityType: 'person', fields: [] });
    expect(JSON.parse(audit.meta!)).toMatchObject({
      trigger: 'request',
      reason: 'Asked to be forgotten',
      notes: 1,
    });

    const again = await api(t.app, coordinator.token)
      .post(url)
      .send({ reason: 'Asked to be forgotten', confirmAlias: `erased-${person.id.slice(0, 8)}` });
    expect(again.status).toBe(409);
  });

  it('answers 404 for a person that does not exist, and refuses roles without cases.manage_all', async () => {
    const missing = await api(t.app, coordinator.token)
      .post('/api/people/00000000-0000-4000-8000-000000000000/forget')
      .send({ reason: 'Asked to be forgotten', confirmAlias: 'X' });
    expect(missing.status).toBe(404);
    const { person } = await seed(null, 'Samira');
    for (const role of ['lawyer', 'admin', 'volunteer'] as const) {
      const { token } = await signedIn(t.app, role);
      const res = await api(t.app, token)
        .post(`/api/people/${person.id}/forget`)
        .send({ reason: 'Because', confirmAlias: 'Samira' });
      expect([role, res.status]).toEqual([role, 403]);
    }
  });

  it('previews the retention job for coordinators only', async () => {
    const { person } = await seed(18, 'The Eritrean brothers');
    const res = await api(t.app, coordinator.token).get('/api/casework/retention/preview');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ retentionMonths: 12, total: 1 });
    expect(res.body.people).toEqual([
      expect.objectContaining({ id: person.id, alias: 'The Eritrean brothers' }),
    ]);
    expect(res.body.people[0].cases[0]).toMatchObject({ type: 'dublin', closedAt: expect.any(String) });
    expect((await api(t.app, caseworker.token).get('/api/casework/retention/preview')).status).toBe(403);
    expect((await t.app.db.person.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();
  });
});
