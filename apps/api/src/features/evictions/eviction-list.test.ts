import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { termIds } from '../incidents/incident-fixtures';
import { createSite, evictionBody, submittedEviction } from './eviction-fixtures';

describe('eviction list filters', () => {
  let t: TestApp;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let other: Awaited<ReturnType<typeof signedIn>>;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let terms: Record<string, string>;
  let calais: string;
  let synthe: string;
  const ref: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [observer, other, coordinator] = await Promise.all([
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'coordinator'),
    ]);
    terms = await termIds(t.app, observer.token);
    calais = await createSite(t.app, coordinator.token, {
      name: 'Zone industrielle',
      type: 'camp',
      commune: 'Calais',
    });
    synthe = await createSite(t.app, coordinator.token, {
      name: 'Puythouck',
      type: 'camp',
      commune: 'Grande-Synthe',
    });
    ref.a = await submittedEviction(
      t.app,
      observer.token,
      evictionBody(calais, {
        startAt: '2026-03-01T06:00:00Z',
        legalBasis: 'none_shown',
        forces: [{ forceId: terms.crs, officerCount: 30 }],
        property: [{ propertyTypeId: terms.tents, fate: 'destroyed', count: 12 }],
      }),
    );
    ref.b = await submittedEviction(
      t.app,
      observer.token,
      evictionBody(calais, {
        startAt: '2026-03-03T06:00:00Z',
        legalBasis: 'order_shown',
        forces: [{ forceId: terms.gendarmerie }],
        property: [{ propertyTypeId: terms.tents, fate: 'seized', count: 4 }],
      }),
    );
    ref.c = await submittedEviction(
      t.app,
      other.token,
      evictionBody(synthe, {
        startAt: '2026-04-10T05:00:00Z',
        legalBasis: 'none_shown',
        forces: [{ forceId: terms.crs }],
      }),
    );
    const incident = await api(t.app, observer.token).post('/api/incidents').send({
      title: 'Gas during the eviction',
      startAt: '2026-03-03T06:20:00Z',
      sourceType: 'first_hand',
      evictionId: ref.b,
    });
    expect(incident.status).toBe(200);
    const draft = await api(t.app, other.token)
      .post('/api/evictions')
      .send(evictionBody(synthe, { startAt: '2026-04-12T05:00:00Z' }));
    ref.draft = draft.body.eviction.id;
  });
  afterAll(() => t.close());

  const ids = async (query: string, token = observer.token) => {
    const res = await api(t.app, token).get(`/api/evictions?${query}`);
    expect(res.status).toBe(200);
    return res.body.evictions.map((e: { id: string }) => e.id);
  };

  it('filters by dates, site, commune, force, legal basis and status', async () => {
    expect(await ids('')).toEqual([ref.c, ref.b, ref.a]);
    expect(await ids('from=2026-03-02&to=2026-03-31')).toEqual([ref.b]);
    expect(await ids('to=2026-03-01')).toEqual([ref.a]);
    expect(await ids(`siteId=${calais}`)).toEqual([ref.b, ref.a]);
    expect(await ids(`siteId=${calais}&siteId=${synthe}`)).toEqual([ref.c, ref.b, ref.a]);
    expect(await ids('commune=Grande-Synthe')).toEqual([ref.c]);
    expect(await ids(`forceId=${terms.crs}`)).toEqual([ref.c, ref.a]);
    expect(await ids('legalBasis=none_shown')).toEqual([ref.c, ref.a]);
    expect(await ids('legalBasis=order_shown&legalBasis=unknown')).toEqual([ref.b]);
    expect(await ids('status=submitted&commune=Calais')).toEqual([ref.b, ref.a]);
  });

  it('filters by author, linked incidents and destroyed property', async () => {
    expect(await ids('mine=true')).toEqual([ref.b, ref.a]);
    expect(await ids('mine=false')).toEqual([ref.c]);
    expect(await ids('mine=true', other.token)).toEqual([ref.draft, ref.c]);
    expect(await ids('hasIncidents=true')).toEqual([ref.b]);
    expect(await ids('hasIncidents=false')).toEqual([ref.c, ref.a]);
    expect(await ids('propertyDestroyed=true')).toEqual([ref.a]);
    expect(await ids('propertyDestroyed=false&commune=Calais')).toEqual([ref.b]);
    const list = await api(t.app, observer.token).get(`/api/evictions?siteId=${calais}`);
    expect(list.body.evictions[0]).toMatchObject({
      id: ref.b,
      incidentCount: 1,
      site: { id: calais, name: 'Zone industrielle', commune: 'Calais' },
    });
    expect(list.body.evictions[0].site).not.toHaveProperty('address');
  });

  it('shows drafts to their author and to reviewers only', async () => {
    expect(await ids('status=draft')).toEqual([]);
    expect(await ids('status=draft', coordinator.token)).toEqual([ref.draft]);
    const lawyer = await signedIn(t.app, 'lawyer');
    expect(await ids('status=draft', lawyer.token)).toEqual([ref.draft]);
  });

  it('pages with a keyset cursor in either order', async () => {
    const walk = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await api(t.app, coordinator.token).get(`/api/evictions?${query}`);
        seen.push(...res.body.evictions.map((e: { id: string }) => e.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await walk('start_desc')).toEqual([ref.draft, ref.c, ref.b, ref.a]);
    expect(await walk('start_asc')).toEqual([ref.a, ref.b, ref.c, ref.draft]);
  });

  it('names bad parameters and refuses readers without evictions.read', async () => {
    const bad = await api(t.app, observer.token).get(
      '/api/evictions?siteId=x&legalBasis=maybe&mine=yes&sort=random&limit=0&from=2026-13-01&extra=1',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining([
        'querystring/siteId',
        'querystring/legalBasis',
        'querystring/mine',
        'querystring/sort',
        'querystring/limit',
        'querystring/from',
      ]),
    );
    const cursor = await api(t.app, observer.token).get('/api/evictions?cursor=garbage');
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.details[0].path).toBe('querystring/cursor');
    const volunteer = await signedIn(t.app, 'volunteer');
    expect((await api(t.app, volunteer.token).get('/api/evictions')).status).toBe(403);
    expect((await api(t.app).get('/api/evictions')).status).toBe(401);
  });
});
