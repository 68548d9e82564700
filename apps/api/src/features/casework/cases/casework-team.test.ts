import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, createUser, signedIn } from '../../../test/fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';

const DAY = 86_400_000;

describe('handover and workload', () => {
  let t: TestApp;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    coordinator = await signedIn(t.app, 'coordinator');
  });
  afterAll(() => t.close());

  async function caseOf(assigneeIds: string[], status: 'open' | 'closed' = 'open') {
    const person = await seedPerson(t.app, { createdById: coordinator.user.id });
    return seedCase(t.app, { personId: person.id, createdById: coordinator.user.id, assigneeIds, status });
  }
  const deadline = (caseId: string, inDays: number, assigneeId: string | null, done = false) =>
    t.app.db.caseDeadline.create({
      data: {
        caseId,
        kind: 'appeal',
        title: 'CNDA appeal',
        dueAt: new Date(Date.now() + inDays * DAY),
        assigneeId,
        doneAt: done ? new Date() : null,
        createdById: coordinator.user.id,
      },
    });

  it('hands a departing caseworker’s open cases and deadlines over in one action', async () => {
    const [leaving, taking] = await Promise.all([
      createUser(t.app, { role: 'caseworker' }),
      createUser(t.app, { role: 'caseworker' }),
    ]);
    const a = await caseOf([leaving.id]);
    const shared = await caseOf([leaving.id, taking.id]);
    const closed = await caseOf([leaving.id], 'closed');
    const due = await deadline(a.id, 3, leaving.id);
    const done = await deadline(a.id, -3, leaving.id, true);
    const onClosed = await deadline(closed.id, 3, leaving.id);
    const body = {
      fromUserId: leaving.id,
      toUserId: taking.id,
      reason: 'Leaves Calais at the end of the month',
    };

    const caseworker = await signedIn(t.app, 'caseworker');
    expect((await api(t.app, caseworker.token).post('/api/casework/handover').send(body)).status).toBe(403);
    const volunteer = await createUser(t.app, { role: 'volunteer' });
    const bad = await api(t.app, coordinator.token)
      .post('/api/casework/handover')
      .send({ ...body, toUserId: volunteer.id });
    expect(bad.body.error.details[0].path).toBe('body/toUserId');

    const res = await api(t.app, coordinator.token).post('/api/casework/handover').send(body);
    expect(res.body).toEqual({ cases: 2, deadlines: 1 });
    const holders = async (caseId: string) =>
      (await t.app.db.caseAssignment.findMany({ where: { caseId } })).map((x) => x.userId).sort();
    expect(await holders(a.id)).toEqual([taking.id]);
    expect(await holders(shared.id)).toEqual([taking.id]);
    expect(await holders(closed.id)).toEqual([leaving.id]);
    const assignee = async (id: string) =>
      (await t.app.db.caseDeadline.findUniqueOrThrow({ where: { id } })).assigneeId;
    expect([await assignee(due.id), await assignee(done.id), await assignee(onClosed.id)]).toEqual([
      taking.id,
      leaving.id,
      leaving.id,
    ]);
    expect((await t.app.db.case.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(2);
    const history = await t.app.db.caseworkChange.findMany({ where: { action: 'case.handover' } });
    expect(
      history
        .filter((h) => h.field === 'assignee')
        .map((h) => h.caseId)
        .sort(),
    ).toEqual([a.id, shared.id].sort());
    const audit = await t.app.db.auditEvent.findMany({ where: { action: 'casework.handover' } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.meta ?? '{}')).toEqual({ toUserId: taking.id, cases: 2, deadlines: 1 });
  });

  it('counts open cases, overdue and due-this-week deadlines per member, and unassigned cases', async () => {
    const [busy, lawyer, gone] = await Promise.all([
      createUser(t.app, { role: 'caseworker' }),
      createUser(t.app, { role: 'lawyer' }),
      createUser(t.app, { role: 'caseworker', status: 'deactivated' }),
    ]);
    const before = (await api(t.app, coordinator.token).get('/api/casework/workload')).body
      .unassignedOpenCases;
    const one = await caseOf([busy.id]);
    const two = await caseOf([busy.id]);
    await caseOf([busy.id], 'closed');
    await caseOf([gone.id]);
    await caseOf([]);
    await t.app.db.case.update({ where: { id: two.id }, data: { lawyerId: lawyer.id } });
    await deadline(one.id, -2, busy.id);
    await deadline(one.id, -1, null);
    await deadline(one.id, 2, busy.id);
    await deadline(one.id, 20, busy.id);
    await deadline(one.id, -5, busy.id, true);
    await deadline(two.id, 1, lawyer.id);

    const res = await api(t.app, coordinator.token).get('/api/casework/workload');
    expect(res.status).toBe(200);
    const row = (id: string) => res.body.caseworkers.find((c: { user: { id: string } }) => c.user.id === id);
    expect(row(busy.id)).toMatchObject({
      openCases: 2,
      overdue: 2,
      dueThisWeek: 1,
      user: { role: 'caseworker', active: true },
    });
    expect(row(lawyer.id)).toMatchObject({
      openCases: 1,
      overdue: 0,
      dueThisWeek: 1,
      user: { role: 'lawyer' },
    });
    expect(row(gone.id)).toMatchObject({ openCases: 1, user: { active: false } });
    expect(res.body.unassignedOpenCases).toBe(before + 1);
    const caseworker = await signedIn(t.app, 'caseworker');
    expect((await api(t.app, caseworker.token).get('/api/casework/workload')).status).toBe(403);
  });

  it('lists active casework staff for the pickers, to coordinators only', async () => {
    const [fresh, gone, volunteer] = await Promise.all([
      createUser(t.app, { role: 'caseworker' }),
      createUser(t.app, { role: 'caseworker', status: 'deactivated' }),
      createUser(t.app, { role: 'volunteer' }),
    ]);
    const res = await api(t.app, coordinator.token).get('/api/casework/staff');
    expect(res.status).toBe(200);
    const ids = res.body.staff.map((member: { id: string }) => member.id);
    // A caseworker with no case yet can be picked; departed members and other roles cannot.
    expect(ids).toContain(fresh.id);
    expect(ids).not.toContain(gone.id);
    expect(ids).not.toContain(volunteer.id);
    const caseworker = await signedIn(t.app, 'caseworker');
    expect((await api(t.app, caseworker.token).get('/api/casework/staff')).status).toBe(403);
  });
});
