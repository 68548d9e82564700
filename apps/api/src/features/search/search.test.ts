import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { createSite, evictionBody, submittedEviction } from '../evictions/eviction-fixtures';
import { incidentBody, termIds } from '../incidents/incident-fixtures';
import { labelsIn, modulesOf, searchUrl } from './search-fixtures';

type SignedIn = Awaited<ReturnType<typeof signedIn>>;

describe('global search', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let observer: SignedIn;
  let otherObserver: SignedIn;
  let volunteer: SignedIn;
  let squat: string;
  let eviction: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, observer, otherObserver, volunteer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'volunteer'),
    ]);
    squat = await createSite(t.app, coordinator.token, {
      name: 'Verrotières squat',
      aliases: ['La Verro'],
      type: 'squat',
      commune: 'Calais',
      area: 'east of the station',
      address: '12 rue des Verrotières',
    });
    eviction = await submittedEviction(t.app, observer.token, evictionBody(squat));
    const terms = await termIds(t.app, observer.token);
    const draft = await api(t.app, observer.token)
      .post('/api/incidents')
      .send(incidentBody(terms, { title: 'Zanzibarian draft about gas', status: 'draft', witnesses: [] }));
    expect(draft.status).toBe(200);
    await t.app.db.supplyItem.create({
      data: {
        code: 'SRCH-TARP',
        category: 'shelter',
        nameEn: 'Searchable tarpaulin',
        nameFr: 'Bâche cherchable',
      },
    });
  });

  afterAll(() => t.close());

  it('refuses a query under 2 characters or over 80, naming the field', async () => {
    for (const q of ['a', '  b  ', 'x'.repeat(81)]) {
      const res = await api(t.app, coordinator.token).get(searchUrl(q));
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('querystring/q');
    }
    expect((await api(t.app).get(searchUrl('calais'))).status).toBe(401);
  });

  it('groups hits by module, only the modules the role may read', async () => {
    const asCoordinator = await api(t.app, coordinator.token).get(searchUrl('verro'));
    expect(asCoordinator.status).toBe(200);
    expect(modulesOf(asCoordinator)).toEqual([
      'sites',
      'incidents',
      'evictions',
      'supplies',
      'cases',
      'people',
    ]);
    expect(labelsIn(asCoordinator, 'sites')).toEqual(['Verrotières squat']);
    const hit = asCoordinator.body.groups[2].hits[0];
    expect(hit).toMatchObject({ id: eviction, label: 'Verrotières squat', path: `/evictions/${eviction}` });
    expect(hit.secondary).toMatch(/^EVC-\d{4}-\d{6} · Calais$/);

    const asVolunteer = await api(t.app, volunteer.token).get(searchUrl('verro'));
    expect(modulesOf(asVolunteer)).toEqual(['sites', 'supplies']);
  });

  it("never gives a site's address, and never finds a site by it", async () => {
    for (const who of [volunteer, coordinator]) {
      const res = await api(t.app, who.token).get(searchUrl('La Verro'));
      expect(labelsIn(res, 'sites')).toEqual(['Verrotières squat']);
      expect(res.body.groups[0].hits[0]).toMatchObject({
        path: `/sites/${squat}`,
        secondary: 'Calais · east of the station · La Verro',
      });
      expect(JSON.stringify(res.body)).not.toContain('12 rue');
      expect(labelsIn(await api(t.app, who.token).get(searchUrl('12 rue des')), 'sites')).toEqual([]);
    }
  });

  it("finds incidents by words and reference, but others' drafts only for those who see all drafts", async () => {
    const own = await api(t.app, observer.token).get(searchUrl('zanzibarian gas'));
    expect(labelsIn(own, 'incidents')).toEqual(['Zanzibarian draft about gas']);
    expect(own.body.groups[1].hits[0].badge).toBe('draft');
    const reference = own.body.groups[1].hits[0].secondary.split(' · ')[0];
    expect(
      labelsIn(await api(t.app, observer.token).get(searchUrl(reference.toLowerCase())), 'incidents'),
    ).toEqual(['Zanzibarian draft about gas']);

    expect(
      labelsIn(await api(t.app, otherObserver.token).get(searchUrl('zanzibarian')), 'incidents'),
    ).toEqual([]);
    expect(labelsIn(await api(t.app, otherObserver.token).get(searchUrl(reference)), 'incidents')).toEqual(
      [],
    );
    expect(labelsIn(await api(t.app, coordinator.token).get(searchUrl('zanzibarian')), 'incidents')).toEqual([
      'Zanzibarian draft about gas',
    ]);
  });

  it('finds items by code or either name, and takes LIKE wildcards literally', async () => {
    for (const q of ['srch-tarp', 'cherchable', 'searchable tar']) {
      const res = await api(t.app, volunteer.token).get(searchUrl(q));
      expect(res.body.groups[1]).toMatchObject({
        module: 'supplies',
        hits: [{ label: 'Searchable tarpaulin', labelFr: 'Bâche cherchable', secondary: 'SRCH-TARP' }],
      });
    }
    expect(labelsIn(await api(t.app, volunteer.token).get(searchUrl('%%')), 'supplies')).toEqual([]);
    expect(labelsIn(await api(t.app, volunteer.token).get(searchUrl('__')), 'sites')).toEqual([]);
  });

  it('gives at most `limit` hits per group', async () => {
    const res = await api(t.app, volunteer.token).get(searchUrl('ca', 1));
    expect(res.status).toBe(200);
    for (const group of res.body.groups) expect(group.hits.length).toBeLessThanOrEqual(1);
    expect((await api(t.app, volunteer.token).get(searchUrl('ca', 21))).status).toBe(400);
  });
});
