import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';

type Member = Awaited<ReturnType<typeof signedIn>>;

describe('changing a case', () => {
  let t: TestApp;
  let coordinator: Member;
  let caseworker: Member;
  let lawyer: Member;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, caseworker, lawyer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'caseworker'),
      signedIn(t.app, 'lawyer'),
    ]);
  });
  afterAll(() => t.close());

  async function aCase(summary?: string) {
    const person = await seedPerson(t.app, { createdById: coordinator.user.id });
    return seedCase(t.app, {
      personId: person.id,
      createdById: coordinator.user.id,
      assigneeIds: [caseworker.user.id],
      summary,
    });
  }
  const patch = (id: string, body: object, token = caseworker.token) =>
    api(t.app, token).patch(`/api/cases/${id}`).send(body);

  it('closes with an outcome only, and reopening clears the outcome and the closing time', async () => {
    const { id } = await aCase();
    const noOutcome = await patch(id, { status: 'closed', version: 1 });
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body.error.details).toEqual([{ path: 'body/outcome', message: expect.any(String) }]);
    const early = await patch(id, { outcome: 'granted', version: 1 });
    expect(early.body.error.details[0].path).toBe('body/outcome');
    const waiting = await patch(id, { status: 'waiting', waitingOn: 'OFPRA', version: 1 });
    expect(waiting.body.case).toMatchObject({ status: 'waiting', waitingOn: 'OFPRA', version: 2 });
    const closed = await patch(id, { status: 'closed', outcome: 'granted', version: 2 });
    expect(closed.body.case).toMatchObject({ status: 'closed', outcome: 'granted', waitingOn: null });
    expect(closed.body.case.closedAt).not.toBeNull();
    const reopened = await patch(id, { status: 'active', version: 3 });
    expect(reopened.body.case).toMatchObject({ status: 'active', outcome: null, closedAt: null, version: 4 });
    const history = await api(t.app, caseworker.token).get(`/api/cases/${id}/history`);
    const statusChanges = history.body.changes
      .filter((c: { field: string }) => c.field === 'status')
      .map((c: { oldValue: string; newValue: string }) => `${c.oldValue}→${c.newValue}`);
    expect(statusChanges).toEqual(['closed→active', 'waiting→closed', 'open→waiting']);
  });

  it('refuses a stale version with 409', async () => {
    const { id } = await aCase();
    expect((await patch(id, { interpreter: 'Mehret', version: 1 })).status).toBe(200);
    const stale = await patch(id, { interpreter: 'Karim', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect((await patch(id, { interpreter: 'Mehret', version: 1 })).status).toBe(409);
  });

  it('leaves the lawyer to coordinators', async () => {
    const { id } = await aCase();
    expect((await patch(id, { lawyerId: lawyer.user.id, version: 1 })).status).toBe(403);
    const bad = await patch(id, { lawyerId: caseworker.user.id, version: 1 }, coordinator.token);
    expect(bad.body.error.details).toEqual([{ path: 'body/lawyerId', message: expect.any(String) }]);
    const ok = await patch(id, { lawyerId: lawyer.user.id, version: 1 }, coordinator.token);
    expect(ok.body.case.lawyer).toEqual({ id: lawyer.user.id, displayName: lawyer.user.displayName });
    expect((await api(t.app, lawyer.token).get(`/api/cases/${id}`)).status).toBe(200);
  });

  it('keeps the history of sealed texts sealed, and only when the text really changed', async () => {
    const { id } = await aCase('First meeting at the Secours Catholique day centre');
    const same = await patch(id, {
      summary: 'First meeting at the Secours Catholique day centre',
      version: 1,
    });
    expect(same.body.case.version).toBe(1);
    const changed = await patch(id, {
      summary: 'Second meeting: wants to stay in France',
      legalArguments: 'Art. 17',
      version: 1,
    });
    expect(changed.body.case).toMatchObject({
      summary: 'Second meeting: wants to stay in France',
      legalArguments: 'Art. 17',
      version: 2,
    });
    const rows = await t.app.db.caseworkChange.findMany({ where: { caseId: id, action: 'case.updated' } });
    expect(rows.map((r) => r.field).sort()).toEqual(['legalArguments', 'summary']);
    expect(rows.every((r) => r.sealed && r.newValue?.startsWith('c1.'))).toBe(true);
    expect(JSON.stringify(rows.map((r) => [r.oldValue, r.newValue]))).not.toContain('France');
    const history = await api(t.app, caseworker.token).get(`/api/cases/${id}/history`);
    const summaryChange = history.body.changes.find((c: { field: string }) => c.field === 'summary');
    expect(summaryChange).toMatchObject({ sealed: true, oldValue: null, newValue: null, caseId: id });
  });

  it('names bad fields', async () => {
    const { id } = await aCase();
    const res = await patch(id, { status: 'finished', type: 'asylum', version: 0, colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/status', 'body/type', 'body/version']),
    );
  });
});
