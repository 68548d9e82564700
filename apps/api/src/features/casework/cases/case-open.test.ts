import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, createUser, signedIn } from '../../../test/fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';

type Member = Awaited<ReturnType<typeof signedIn>>;

describe('opening a case', () => {
  let t: TestApp;
  let coordinator: Member;
  let caseworker: Member;
  let lawyer: Member;
  const newPerson = {
    alias: 'Yonas',
    legalName: 'Yonas Tesfaye Gebremedhin',
    dateOfBirth: '2004-03-02',
    contacts: [{ kind: 'whatsapp', value: '+33 6 12 34 56 78' }],
    notes: 'Sleeps at the BMX site',
    languages: ['ti'],
    consent: { scopes: ['casework', 'store_contact'], language: 'ti', givenAt: '2026-11-30T10:00:00Z' },
  };

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, caseworker, lawyer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'caseworker'),
      signedIn(t.app, 'lawyer'),
    ]);
  });
  afterAll(() => t.close());

  it('registers a new person with the case, sealed, and assigns the caseworker who opened it', async () => {
    const res = await api(t.app, caseworker.token)
      .post('/api/cases')
      .set('idempotency-key', 'open-yonas-0001')
      .send({ type: 'dublin', person: newPerson, summary: 'Eurodac hit in Italy', interpreter: 'Mehret' });
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({
      reference: expect.stringMatching(/^CASE-\d{4}-\d{6}$/),
      type: 'dublin',
      status: 'open',
      person: { alias: 'Yonas' },
      assignees: [{ id: caseworker.user.id }],
      summary: null,
      interpreter: 'Mehret',
      canReadPersonal: true,
      version: 1,
    });
    const stored = await t.app.db.$queryRaw<{ response: string }[]>`SELECT response FROM idempotency_keys`;
    // The stored answer is encrypted, and the answer itself carried no sealed text either.
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('Eurodac');
    const read = await api(t.app, caseworker.token).get(`/api/cases/${res.body.case.id}`);
    expect(read.body.case.summary).toBe('Eurodac hit in Italy');
    const personId = res.body.case.person.id;
    const person = await t.app.db.person.findUniqueOrThrow({
      where: { id: personId },
      include: { consents: true },
    });
    const row = JSON.stringify(person) + JSON.stringify(await t.app.db.case.findMany());
    for (const secret of ['Tesfaye', '2004-03-02', '12 34 56', 'BMX', 'Eurodac'])
      expect(row).not.toContain(secret);
    expect(
      await t.app.vault.open(
        { table: 'people', id: personId, field: 'legalName' },
        person.legalNameEnc ?? '',
      ),
    ).toBe(newPerson.legalName);
    expect(person.consents[0]).toMatchObject({
      scopes: ['casework', 'store_contact'],
      explainedById: caseworker.user.id,
    });
    const history = await api(t.app, caseworker.token).get(`/api/cases/${res.body.case.id}/history`);
    const actions = history.body.changes.map(
      (c: { action: string; field: string }) => `${c.action} ${c.field}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['case.opened type', 'case.opened summary', 'person.created legalName']),
    );
    for (const change of history.body.changes.filter((c: { sealed: boolean }) => c.sealed)) {
      expect(change).toMatchObject({ oldValue: null, newValue: null });
    }
    expect(JSON.stringify(history.body)).not.toContain('Tesfaye');
    const audit = await t.app.db.auditEvent.findMany({
      where: { entityId: personId },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['person.created', 'casework.case_open', 'casework.personal_read']),
    );
    // Opening decrypted nothing; only the read after it did.
    expect(audit.filter((a) => a.action === 'casework.personal_read')).toHaveLength(1);
  });

  it('lets only coordinators choose who works on a case, among active members who work on cases', async () => {
    const person = await seedPerson(t.app, { createdById: caseworker.user.id });
    const other = await signedIn(t.app, 'caseworker');
    const refused = await api(t.app, caseworker.token)
      .post('/api/cases')
      .send({ type: 'housing', personId: person.id, assigneeIds: [other.user.id] });
    expect(refused.status).toBe(403);
    const withLawyer = await api(t.app, caseworker.token)
      .post('/api/cases')
      .send({ type: 'housing', personId: person.id, lawyerId: lawyer.user.id });
    expect(withLawyer.status).toBe(403);
    const volunteer = await createUser(t.app, { role: 'volunteer' });
    const gone = await createUser(t.app, { role: 'caseworker', status: 'deactivated' });
    const bad = await api(t.app, coordinator.token)
      .post('/api/cases')
      .send({
        type: 'police_complaint',
        personId: person.id,
        assigneeIds: [other.user.id, volunteer.id, gone.id],
        lawyerId: caseworker.user.id,
        incidentId: '00000000-0000-4000-8000-000000000000',
      });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body/assigneeIds/1',
      'body/assigneeIds/2',
      'body/incidentId',
      'body/lawyerId',
    ]);
    const ok = await api(t.app, coordinator.token)
      .post('/api/cases')
      .send({ type: 'housing', personId: person.id, assigneeIds: [other.user.id], lawyerId: lawyer.user.id });
    expect(ok.body.case).toMatchObject({
      assignees: [{ id: other.user.id }],
      lawyer: { id: lawyer.user.id },
    });
  });

  it('keeps a lawyer who opens a case on it as its lawyer', async () => {
    const person = await seedPerson(t.app, { createdById: lawyer.user.id });
    const res = await api(t.app, lawyer.token)
      .post('/api/cases')
      .send({ type: 'oqtf_challenge', personId: person.id });
    expect(res.body.case).toMatchObject({ lawyer: { id: lawyer.user.id }, assignees: [] });
  });

  it('answers 404 for a person out of reach, and names bad input', async () => {
    const stranger = await seedPerson(t.app, { createdById: coordinator.user.id });
    await seedCase(t.app, { personId: stranger.id, createdById: coordinator.user.id });
    const res = await api(t.app, caseworker.token)
      .post('/api/cases')
      .send({ type: 'housing', personId: stranger.id });
    expect(res.status).toBe(404);
    const both = await api(t.app, caseworker.token)
      .post('/api/cases')
      .send({ type: 'flying', personId: stranger.id, person: { ...newPerson, alias: '' } });
    expect(both.status).toBe(400);
    expect(both.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/type', 'body/person/alias']),
    );
    const neither = await api(t.app, caseworker.token).post('/api/cases').send({ type: 'housing' });
    expect(neither.body.error.details.map((d: { path: string }) => d.path)).toEqual(['body/personId']);
  });
});
