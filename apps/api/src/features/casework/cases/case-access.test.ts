import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';

type Member = Awaited<ReturnType<typeof signedIn>>;

describe('who reaches which case', () => {
  let t: TestApp;
  let coordinator: Member;
  let ana: Member;
  let ben: Member;
  let lawyer: Member;
  let anasCase: { id: string; personId: string };
  let lawyersCase: { id: string; personId: string };

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, ana, ben, lawyer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'caseworker'),
      signedIn(t.app, 'caseworker'),
      signedIn(t.app, 'lawyer'),
    ]);
    const by = coordinator.user.id;
    const amir = await seedPerson(t.app, { createdById: by, alias: 'Amir' });
    const sara = await seedPerson(t.app, { createdById: by, alias: 'Sara' });
    anasCase = await seedCase(t.app, {
      personId: amir.id,
      createdById: by,
      assigneeIds: [ana.user.id],
      summary: 'Arrived via Dunkirk; Dublin hit in Germany',
    });
    lawyersCase = await seedCase(t.app, { personId: sara.id, createdById: by, lawyerId: lawyer.user.id });
  });
  afterAll(() => t.close());

  const ids = (res: { body: { cases: { id: string }[] } }) => res.body.cases.map((c) => c.id).sort();

  it('shows a caseworker their cases only, and answers 404 for the others', async () => {
    for (const scope of ['mine', 'all']) {
      expect(ids(await api(t.app, ana.token).get(`/api/cases?scope=${scope}`))).toEqual([anasCase.id]);
      expect(ids(await api(t.app, ben.token).get(`/api/cases?scope=${scope}`))).toEqual([]);
    }
    expect((await api(t.app, ana.token).get(`/api/cases/${anasCase.id}`)).status).toBe(200);
    for (const url of [`/api/cases/${anasCase.id}`, `/api/cases/${anasCase.id}/history`]) {
      const res = await api(t.app, ben.token).get(url);
      expect([url, res.status]).toEqual([url, 404]);
    }
    const patch = await api(t.app, ben.token)
      .patch(`/api/cases/${anasCase.id}`)
      .send({ status: 'active', version: 1 });
    expect(patch.status).toBe(404);
    expect((await api(t.app, ana.token).get(`/api/cases/${lawyersCase.id}`)).status).toBe(404);
  });

  it('shows a lawyer the cases they are the lawyer of, and a coordinator every case', async () => {
    expect(ids(await api(t.app, lawyer.token).get('/api/cases?scope=all'))).toEqual([lawyersCase.id]);
    expect((await api(t.app, lawyer.token).get(`/api/cases/${anasCase.id}`)).status).toBe(404);
    const all = await api(t.app, coordinator.token).get('/api/cases?scope=all');
    expect(ids(all)).toEqual([anasCase.id, lawyersCase.id].sort());
    expect(ids(await api(t.app, coordinator.token).get('/api/cases'))).toEqual([]);
    const summary = all.body.cases.find((c: { id: string }) => c.id === anasCase.id);
    expect(summary).toMatchObject({
      person: { alias: 'Amir', sensitivity: [] },
      assignees: [{ id: ana.user.id, displayName: ana.user.displayName }],
      lawyer: null,
      openFlags: [],
      nextDeadline: null,
    });
    expect(JSON.stringify(all.body)).not.toContain('Dunkirk');
  });

  it.each(['admin', 'volunteer', 'legal_observer'] as const)('refuses the %s role', async (role) => {
    const { token } = await signedIn(t.app, role);
    expect((await api(t.app, token).get('/api/cases')).status).toBe(403);
    expect((await api(t.app, token).get(`/api/cases/${anasCase.id}`)).status).toBe(403);
  });

  it('audits every read of a sealed text, naming the fields and the case', async () => {
    const res = await api(t.app, ana.token).get(`/api/cases/${anasCase.id}`);
    expect(res.body.case).toMatchObject({
      canReadPersonal: true,
      summary: 'Arrived via Dunkirk; Dublin hit in Germany',
      legalArguments: null,
    });
    const events = await t.app.db.auditEvent.findMany({
      where: { action: 'casework.personal_read', requestId: res.headers['x-request-id'] },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: ana.user.id,
      entityType: 'person',
      entityId: anasCase.personId,
      fields: ['case.summary'],
    });
    expect(JSON.parse(events[0]?.meta ?? '{}')).toEqual({ caseId: anasCase.id });
  });

  it('keeps the texts of a person with a sensitivity flag from anyone not on their access list', async () => {
    const minor = await seedPerson(t.app, { createdById: coordinator.user.id, sensitivity: ['minor'] });
    const sealed = await seedCase(t.app, {
      personId: minor.id,
      createdById: coordinator.user.id,
      assigneeIds: [ana.user.id],
      summary: 'Sixteen, alone, sleeps under the bridge',
    });
    const read = () => api(t.app, ana.token).get(`/api/cases/${sealed.id}`);
    expect((await read()).body.case).toMatchObject({ canReadPersonal: false, summary: null });
    const edit = await api(t.app, ana.token)
      .patch(`/api/cases/${sealed.id}`)
      .send({ summary: 'x', version: 1 });
    expect(edit.status).toBe(403);
    expect(
      await t.app.db.auditEvent.count({ where: { action: 'casework.personal_read', entityId: minor.id } }),
    ).toBe(0);
    await t.app.db.personAccessGrant.create({
      data: {
        personId: minor.id,
        userId: ana.user.id,
        reason: 'Her caseworker',
        grantedById: coordinator.user.id,
      },
    });
    expect((await read()).body.case).toMatchObject({
      canReadPersonal: true,
      summary: 'Sixteen, alone, sleeps under the bridge',
    });
    expect(
      await t.app.db.auditEvent.count({ where: { action: 'casework.personal_read', entityId: minor.id } }),
    ).toBe(1);
  });
});
