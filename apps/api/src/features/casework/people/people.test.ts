import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import { newPerson } from './people-fixtures';

const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

describe('people', () => {
  let t: TestApp;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  const as = () => api(t.app, coordinator.token);
  const history = (personId: string) =>
    t.app.db.caseworkChange.findMany({ where: { personId }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    coordinator = await signedIn(t.app, 'coordinator');
  });
  afterAll(() => t.close());

  it('registers a person with their consent, sealing personal fields and keeping history', async () => {
    const body = newPerson();
    const res = await as().post('/api/people').set('idempotency-key', 'register-rose-0001').send(body);
    expect(res.status).toBe(200);
    const { person } = res.body;
    expect(person).toMatchObject({
      alias: 'Rose',
      gender: 'woman',
      sensitivity: [],
      version: 1,
      personalFieldsSet: ['legalName', 'dateOfBirth', 'contacts', 'notes'],
      canReadPersonal: true,
      consentScopes: ['casework', 'store_contact'],
      consents: [
        {
          language: 'fr',
          explainedBy: { id: coordinator.user.id, displayName: coordinator.user.displayName },
        },
      ],
      cases: [],
      openCases: 0,
      erased: false,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/Rosine|canal|99 00/);
    const retry = await as().post('/api/people').set('idempotency-key', 'register-rose-0001').send(body);
    expect(retry.body.person.id).toBe(person.id);
    expect(await t.app.db.person.count({ where: { alias: 'Rose' } })).toBe(1);

    const row = await t.app.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(JSON.stringify(row)).not.toMatch(/Rosine|canal|99 00|1994/);
    const changes = await history(person.id);
    const created = changes.filter((c) => c.action === 'person.created');
    expect(created.map((c) => c.field).sort()).toEqual(
      ['alias', 'contacts', 'dateOfBirth', 'gender', 'languages', 'legalName', 'notes'].sort(),
    );
    const legal = created.find((c) => c.field === 'legalName');
    expect(legal).toMatchObject({ sealed: true, oldValue: null, newValue: row.legalNameEnc });
    expect(JSON.stringify(changes.map((c) => [c.oldValue, c.newValue]))).not.toMatch(/Rosine|canal|99 00/);
    expect(changes.some((c) => c.action === 'person.consent_given')).toBe(true);
    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { entityId: person.id, action: 'person.created' },
    });
    expect(audit.fields).toContain('legalName');
  });

  it('refuses bad input with the field at fault', async () => {
    const refused = async (body: object, path: string) => {
      const res = await as().post('/api/people').send(body);
      expect([res.status, res.body.error.details?.map((d: { path: string }) => d.path)]).toEqual([
        400,
        expect.arrayContaining([path]),
      ]);
    };
    await refused(
      newPerson({ consent: { scopes: ['casework'], language: 'fr', givenAt: new Date().toISOString() } }),
      'body/contacts',
    );
    await refused(newPerson({ alias: '' }), 'body/alias');
    await refused(newPerson({ dateOfBirth: '2090-01-01' }), 'body/dateOfBirth');
    await refused(newPerson({ dateOfBirth: '12/03/1990' }), 'body/dateOfBirth');
    await refused(newPerson({ sensitivity: ['famous'] }), 'body/sensitivity/0');
    await refused(
      newPerson({ consent: { scopes: [], language: 'fr', givenAt: new Date().toISOString() } }),
      'body/consent/scopes',
    );
    await refused(
      newPerson({
        consent: { scopes: ['casework'], language: 'fr', givenAt: '2999-01-01T00:00:00Z' },
        contacts: null,
      }),
      'body/consent/givenAt',
    );
    await refused(newPerson({ contacts: [{ kind: 'pigeon', value: 'x' }] }), 'body/contacts/0/kind');
    const { person } = (
      await as()
        .post('/api/people')
        .send(newPerson({ alias: 'Bad input' }))
    ).body;
    const fields = await as().get(`/api/people/${person.id}/personal?fields=legalName,passport`);
    expect(fields.status).toBe(400);
    expect(fields.body.error.details[0].path).toMatch(/^querystring\/fields/);
    const empty = await as().patch(`/api/people/${person.id}`).send({ version: 1 });
    expect(empty.status).toBe(400);
  });

  it('implies the minor flag from a date of birth under 18 and puts the registrant on the access list', async () => {
    const res = await as()
      .post('/api/people')
      .send(newPerson({ alias: 'Young', dateOfBirth: yearsAgo(15), sensitivity: ['health'] }));
    expect(res.body.person.sensitivity).toEqual(['minor', 'health']);
    expect(res.body.person.canReadPersonal).toBe(true);
    const grant = await t.app.db.personAccessGrant.findUniqueOrThrow({
      where: { personId_userId: { personId: res.body.person.id, userId: coordinator.user.id } },
    });
    expect(grant.reason).toBe('registered the person');
    const adult = await as()
      .post('/api/people')
      .send(newPerson({ alias: 'Adult', dateOfBirth: yearsAgo(30) }));
    expect(adult.body.person.sensitivity).toEqual([]);
    expect(await t.app.db.personAccessGrant.count({ where: { personId: adult.body.person.id } })).toBe(0);
    const range = await as()
      .post('/api/people')
      .send(newPerson({ alias: 'Teen', dateOfBirth: null, ageRange: 'age_16_17' }));
    expect(range.body.person.sensitivity).toEqual(['minor']);
  });

  it('lists by alias with a filter (any case) and keyset pages, without personal fields', async () => {
    for (const alias of ['Page C', 'Page A', 'Page B'])
      await as().post('/api/people').send(newPerson({ alias }));
    const first = await as().get('/api/people?q=aGe&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.people.map((p: { alias: string }) => p.alias)).toEqual(['Page A', 'Page B']);
    const second = await as().get(`/api/people?q=page&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.people.map((p: { alias: string }) => p.alias)).toEqual(['Page C']);
    expect(second.body.nextCursor).toBeNull();
    expect((await as().get('/api/people?q=_')).body.people).toEqual([]);
    expect((await as().get('/api/people?q=%25')).body.people).toEqual([]);
    expect(JSON.stringify(first.body)).not.toMatch(/Rosine|canal/);
    expect((await as().get('/api/people?cursor=nonsense')).body.error.details[0].path).toBe(
      'querystring/cursor',
    );
  });

  it('reveals personal fields on request and audits exactly the fields revealed', async () => {
    const { person } = (
      await as()
        .post('/api/people')
        .send(newPerson({ alias: 'Reveal' }))
    ).body;
    const all = await as().get(`/api/people/${person.id}/personal`);
    expect(all.body.personal).toEqual({
      legalName: 'Rosine Mbarga',
      dateOfBirth: '1994-03-02',
      contacts: [{ kind: 'whatsapp', value: '+237 6 99 00 11 22' }],
      notes: 'Sleeps near the canal',
    });
    const some = await as().get(`/api/people/${person.id}/personal?fields=contacts,legalName`);
    expect(some.body.personal).toEqual({
      legalName: 'Rosine Mbarga',
      contacts: [{ kind: 'whatsapp', value: '+237 6 99 00 11 22' }],
    });
    const reads = await t.app.db.auditEvent.findMany({
      where: { entityType: 'person', entityId: person.id, action: 'casework.personal_read' },
      orderBy: { id: 'asc' },
    });
    expect(reads.map((r) => r.fields)).toEqual([
      ['legalName', 'dateOfBirth', 'contacts', 'notes'],
      ['legalName', 'contacts'],
    ]);
    expect(reads[0]?.actorId).toBe(coordinator.user.id);

    await t.app.db.person.update({
      where: { id: person.id },
      data: {
        erasedAt: new Date(),
        legalNameEnc: null,
        dateOfBirthEnc: null,
        contactsEnc: null,
        notesEnc: null,
      },
    });
    const erased = await as().get(`/api/people/${person.id}/personal?fields=legalName`);
    expect(erased.body.personal).toEqual({ legalName: null });
    expect((await as().patch(`/api/people/${person.id}`).send({ version: 1, alias: 'x' })).status).toBe(409);
  });

  it('changes a person under a version check, recording only what really changed', async () => {
    const { person } = (
      await as()
        .post('/api/people')
        .send(newPerson({ alias: 'Edit me' }))
    ).body;
    const before = await t.app.db.person.findUniqueOrThrow({ where: { id: person.id } });
    const res = await as().patch(`/api/people/${person.id}`).send({
      version: 1,
      alias: 'Edited',
      legalName: 'Rosine Mbarga',
      notes: 'Moved to the shelter',
      nationality: 'CM',
    });
    expect(res.status).toBe(200);
    expect(res.body.person).toMatchObject({ alias: 'Edited', nationality: 'CM', version: 2 });
    const updated = (await history(person.id)).filter((c) => c.action === 'person.updated');
    expect(updated.map((c) => c.field).sort()).toEqual(['alias', 'nationality', 'notes']);
    const after = await t.app.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.legalNameEnc).toBe(before.legalNameEnc);
    expect(updated.find((c) => c.field === 'notes')).toMatchObject({
      sealed: true,
      oldValue: before.notesEnc,
      newValue: after.notesEnc,
    });
    expect(updated.find((c) => c.field === 'alias')).toMatchObject({
      sealed: false,
      oldValue: 'Edit me',
      newValue: 'Edited',
    });
    expect(JSON.stringify(updated.map((c) => [c.oldValue, c.newValue]))).not.toMatch(/shelter|canal/);

    const stale = await as().patch(`/api/people/${person.id}`).send({ version: 1, alias: 'Late' });
    expect(stale.status).toBe(409);
    const cleared = await as()
      .patch(`/api/people/${person.id}`)
      .send({ version: 2, contacts: null, notes: null });
    expect(cleared.body.person.personalFieldsSet).toEqual(['legalName', 'dateOfBirth']);
    const same = await as().patch(`/api/people/${person.id}`).send({ version: 3, alias: 'Edited' });
    expect(same.body.person.version).toBe(3);
    const minor = await as()
      .patch(`/api/people/${person.id}`)
      .send({ version: 3, dateOfBirth: yearsAgo(12) });
    expect(minor.body.person.sensitivity).toEqual(['minor']);
    const unflag = await as().patch(`/api/people/${person.id}`).send({ version: 4, sensitivity: [] });
    expect(unflag.body.person.sensitivity).toEqual(['minor']);
  });
});
