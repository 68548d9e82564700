import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';

describe('saved filters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('saves, lists and deletes my own filters only', async () => {
    const lawyer = await signedIn(t.app, 'lawyer');
    const other = await signedIn(t.app, 'coordinator');
    const created = await api(t.app, lawyer.token)
      .post('/api/saved-filters')
      .send({ name: 'Minors, Grande-Synthe', query: 'commune=Grande-Synthe&victimFlag=minor' });
    expect(created.status).toBe(200);
    expect((await api(t.app, lawyer.token).get('/api/saved-filters')).body.filters).toHaveLength(1);
    expect((await api(t.app, other.token).get('/api/saved-filters')).body.filters).toHaveLength(0);
    expect(
      (await api(t.app, other.token).delete(`/api/saved-filters/${created.body.filter.id}`)).status,
    ).toBe(404);
    expect(
      (await api(t.app, lawyer.token).delete(`/api/saved-filters/${created.body.filter.id}`)).status,
    ).toBe(200);
  });

  it('refuses a query that is not a valid filter, and volunteers', async () => {
    const lawyer = await signedIn(t.app, 'lawyer');
    const bad = await api(t.app, lawyer.token)
      .post('/api/saved-filters')
      .send({ name: 'x', query: 'rioShown=perhaps' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body/query');
    const volunteer = await signedIn(t.app, 'volunteer');
    expect((await api(t.app, volunteer.token).get('/api/saved-filters')).status).toBe(403);
  });
});
