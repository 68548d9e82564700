import { api } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, auditOf, caseOf, caseTeam } from './task-fixtures';

describe('case deadlines', () => {
  let t: TestApp;
  let team: Awaited<ReturnType<typeof caseTeam>>;
  let caseId: string;
  let personId: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    team = await caseTeam(t.app);
    const created = await caseOf(t.app, team);
    caseId = created.id;
    personId = created.personId;
  });
  afterAll(() => t.close());

  const as = (who: SignedIn) => api(t.app, who.token);
  const dueAt = '2026-12-20T09:00:00.000Z';

  it('adds, lists, edits and toggles done, with history and audit', async () => {
    const created = await as(team.caseworker)
      .post(`/api/cases/${caseId}/deadlines`)
      .set('idempotency-key', 'deadline-cnda-0001')
      .send({ kind: 'appeal', title: 'CNDA appeal', dueAt, assigneeId: team.caseworker.user.id });
    expect(created.status).toBe(200);
    const deadline = created.body.deadline;
    expect(deadline).toMatchObject({
      caseId,
      kind: 'appeal',
      title: 'CNDA appeal',
      dueAt,
      assignee: { id: team.caseworker.user.id, displayName: team.caseworker.user.displayName },
      doneAt: null,
      doneBy: null,
    });
    const replay = await as(team.caseworker)
      .post(`/api/cases/${caseId}/deadlines`)
      .set('idempotency-key', 'deadline-cnda-0001')
      .send({ kind: 'appeal', title: 'CNDA appeal', dueAt, assigneeId: team.caseworker.user.id });
    expect(replay.body.deadline.id).toBe(deadline.id);

    const edited = await as(team.lawyer).patch(`/api/case-deadlines/${deadline.id}`).send({
      title: 'CNDA appeal (hearing set)',
      dueAt: '2026-12-18T09:00:00.000Z',
      assigneeId: team.lawyer.user.id,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.deadline).toMatchObject({
      title: 'CNDA appeal (hearing set)',
      dueAt: '2026-12-18T09:00:00.000Z',
      assignee: { id: team.lawyer.user.id },
    });

    const done = await as(team.caseworker).patch(`/api/case-deadlines/${deadline.id}`).send({ done: true });
    expect(done.body.deadline.doneBy).toEqual({
      id: team.caseworker.user.id,
      displayName: team.caseworker.user.displayName,
    });
    expect(Date.parse(done.body.deadline.doneAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await as(team.lawyer).patch(`/api/case-deadlines/${deadline.id}`).send({ done: true });
    expect(again.body.deadline).toMatchObject({
      doneAt: done.body.deadline.doneAt,
      doneBy: { id: team.caseworker.user.id },
    });
    const undone = await as(team.caseworker)
      .patch(`/api/case-deadlines/${deadline.id}`)
      .send({ done: false });
    expect(undone.body.deadline).toMatchObject({ doneAt: null, doneBy: null });

    const later = await as(team.coordinator)
      .post(`/api/cases/${caseId}/deadlines`)
      .send({ kind: 'task', title: 'Collect the OFPRA letter', dueAt: '2027-01-05T09:00:00.000Z' });
    expect(later.body.deadline.assignee).toBeNull();
    const list = await as(team.caseworker).get(`/api/cases/${caseId}/deadlines`);
    expect(list.body.deadlines.map((d: { id: string }) => d.id)).toEqual([
      deadline.id,
      later.body.deadline.id,
    ]);

    const history = await t.app.db.caseworkChange.findMany({ where: { caseId }, orderBy: { id: 'asc' } });
    expect(history.filter((h) => h.action === 'deadline.create').map((h) => h.field)).toEqual(
      expect.arrayContaining(['deadline.kind', 'deadline.title', 'deadline.dueAt', 'deadline.assigneeId']),
    );
    expect(history.filter((h) => h.action === 'deadline.update').map((h) => h.field)).toEqual([
      'deadline.title',
      'deadline.dueAt',
      'deadline.assigneeId',
      'deadline.doneAt',
      'deadline.doneById',
      'deadline.doneAt',
      'deadline.doneById',
    ]);
    expect(history.find((h) => h.field === 'deadline.title' && h.action === 'deadline.update')).toMatchObject(
      {
        oldValue: 'CNDA appeal',
        newValue: 'CNDA appeal (hearing set)',
        actorId: team.lawyer.user.id,
      },
    );
    // The repeated "done" changed nothing, so it wrote nothing.
    const updates = await auditOf(t.app, 'casework.deadline_update');
    expect(updates).toHaveLength(3);
    expect(updates[0]).toMatchObject({
      entityType: 'person',
      entityId: personId,
      meta: { caseId, deadlineId: deadline.id },
    });
  });

  it('assigns only active people on the case, or coordinators', async () => {
    const post = (assigneeId: string) =>
      as(team.caseworker)
        .post(`/api/cases/${caseId}/deadlines`)
        .send({ kind: 'hearing', title: 'Hearing', dueAt, assigneeId });
    expect((await post(team.coordinator.user.id)).status).toBe(200);
    for (const outsider of [team.otherCaseworker.user.id, team.otherLawyer.user.id, team.observer.user.id]) {
      const refused = await post(outsider);
      expect(refused.status).toBe(400);
      expect(refused.body.error.details).toEqual([{ path: 'body/assigneeId', message: expect.any(String) }]);
    }
    await t.app.db.user.update({ where: { id: team.lawyer.user.id }, data: { status: 'deactivated' } });
    try {
      expect((await post(team.lawyer.user.id)).status).toBe(400);
    } finally {
      await t.app.db.user.update({ where: { id: team.lawyer.user.id }, data: { status: 'active' } });
    }
    const existing = await t.app.db.caseDeadline.findFirstOrThrow({ where: { caseId } });
    const patched = await as(team.caseworker)
      .patch(`/api/case-deadlines/${existing.id}`)
      .send({ assigneeId: team.otherCaseworker.user.id });
    expect(patched.body.error.details[0].path).toBe('body/assigneeId');
  });

  it('answers 404 to those not on the case and names bad fields', async () => {
    const existing = await t.app.db.caseDeadline.findFirstOrThrow({ where: { caseId } });
    for (const outsider of [team.otherCaseworker, team.otherLawyer]) {
      expect((await as(outsider).get(`/api/cases/${caseId}/deadlines`)).status).toBe(404);
      expect(
        (await as(outsider).post(`/api/cases/${caseId}/deadlines`).send({ kind: 'task', title: 'x', dueAt }))
          .status,
      ).toBe(404);
      expect(
        (await as(outsider).patch(`/api/case-deadlines/${existing.id}`).send({ done: true })).status,
      ).toBe(404);
    }
    expect((await as(team.observer).get(`/api/cases/${caseId}/deadlines`)).status).toBe(403);
    const bad = await as(team.caseworker)
      .post(`/api/cases/${caseId}/deadlines`)
      .send({ kind: 'deadline', title: ' ', dueAt: '20/12/2026', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/kind', 'body/title', 'body/dueAt']),
    );
    const badPatch = await as(team.caseworker)
      .patch(`/api/case-deadlines/${existing.id}`)
      .send({ done: 'yes' });
    expect(badPatch.body.error.details.map((d: { path: string }) => d.path)).toEqual(['body/done']);
    expect((await as(team.caseworker).get('/api/cases/not-a-uuid/deadlines')).status).toBe(400);
  });
});
