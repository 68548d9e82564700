import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import { newPerson } from './people-fixtures';

describe('consents and the access log', () => {
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

  it('keeps consent as a record: a new one supersedes, a withdrawal is dated and narrows the scopes', async () => {
    const { person } = (
      await as()
        .post('/api/people')
        .send(
          newPerson({
            alias: 'Consent',
            contacts: null,
            consent: { scopes: ['casework'], language: 'ar', givenAt: '2026-01-05T10:00:00Z' },
          }),
        )
    ).body;
    const refused = await as()
      .patch(`/api/people/${person.id}`)
      .send({ version: 1, contacts: [{ kind: 'phone', value: '0600' }] });
    expect(refused.body.error.details[0].path).toBe('body/contacts');
    const given = await as()
      .post(`/api/people/${person.id}/consents`)
      .send({ scopes: ['casework', 'store_contact'], language: 'ar', givenAt: new Date().toISOString() });
    expect(given.status).toBe(200);
    expect(given.body.person.consentScopes).toEqual(['casework', 'store_contact']);
    expect(given.body.person.consents).toHaveLength(2);
    const stored = await as()
      .patch(`/api/people/${person.id}`)
      .send({ version: 1, contacts: [{ kind: 'phone', value: '0600' }] });
    expect(stored.status).toBe(200);

    const latest = given.body.person.consents[0].id;
    const withdrawn = await as().post(`/api/people/${person.id}/consents/${latest}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.person.consentScopes).toEqual([]);
    expect(withdrawn.body.person.personalFieldsSet).toContain('contacts');
    expect(withdrawn.body.person.consents[0].withdrawnAt).not.toBeNull();
    expect((await as().post(`/api/people/${person.id}/consents/${latest}/withdraw`)).status).toBe(409);
    const elsewhere = await as().post(`/api/people/${person.id}/consents/${person.id}/withdraw`);
    expect(elsewhere.status).toBe(404);
    const actions = (await history(person.id)).map((c) => c.action);
    expect(actions).toEqual(expect.arrayContaining(['person.consent_given', 'person.consent_withdrawn']));
  });

  it('shows the access log newest first, with names, and reading it is not a personal read', async () => {
    const { person } = (
      await as()
        .post('/api/people')
        .send(newPerson({ alias: 'Logged' }))
    ).body;
    await as().get(`/api/people/${person.id}/personal?fields=legalName`);
    await as().get(`/api/people/${person.id}/personal?fields=notes`);
    const page = await as().get(`/api/people/${person.id}/access-log?limit=2`);
    expect(page.status).toBe(200);
    expect(page.body.events).toEqual([
      expect.objectContaining({
        action: 'casework.personal_read',
        fields: ['notes'],
        actor: { id: coordinator.user.id, displayName: coordinator.user.displayName },
        caseId: null,
      }),
      expect.objectContaining({ action: 'casework.personal_read', fields: ['legalName'] }),
    ]);
    const rest = await as().get(`/api/people/${person.id}/access-log?limit=2&cursor=${page.body.nextCursor}`);
    expect(rest.body.events.map((e: { action: string }) => e.action)).toEqual(['person.created']);
    expect(rest.body.nextCursor).toBeNull();
    const again = await as().get(`/api/people/${person.id}/access-log`);
    expect(again.body.events).toHaveLength(3);
  });
});
