import { api, signedIn } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { seedCase, seedPerson } from '../casework-fixtures';

/** A lawyer works from outside the collective: personal details reach them only with consent. */
describe("a lawyer and the person's consent", () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('opens personal details only while the consent in force covers share_with_lawyer', async () => {
    t = await buildTestApp();
    const [coordinator, lawyer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'lawyer'),
    ]);
    const person = await seedPerson(t.app, {
      createdById: coordinator.user.id,
      legalName: 'Amanuel Tesfaye',
    });
    await seedCase(t.app, {
      personId: person.id,
      createdById: coordinator.user.id,
      lawyerId: lawyer.user.id,
    });
    const personal = () => api(t.app, lawyer.token).get(`/api/people/${person.id}/personal`);

    const allowed = await personal();
    expect(allowed.status).toBe(200);
    expect(allowed.body.personal.legalName).toBe('Amanuel Tesfaye');

    // A newer consent without the scope supersedes the first one.
    const consent = await api(t.app, coordinator.token)
      .post(`/api/people/${person.id}/consents`)
      .send({ scopes: ['casework'], language: 'ti', givenAt: new Date().toISOString() });
    expect(consent.status).toBe(200);
    const refused = await personal();
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/consent/);
    const detail = await api(t.app, lawyer.token).get(`/api/people/${person.id}`);
    expect(detail.body.person.canReadPersonal).toBe(false);
    // The coordinator, inside the collective, still reads them.
    expect((await api(t.app, coordinator.token).get(`/api/people/${person.id}/personal`)).status).toBe(200);
  });
});
