import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { incidentBody, termIds } from './incident-fixtures';

describe('incident list and filters', () => {
  let t: TestApp;
  let token: string;
  let terms: Record<string, string>;
  const list = async (query: string) => {
    const res = await api(t.app, token).get(`/api/incidents?${query}`);
    expect(res.status).toBe(200);
    return res.body as { incidents: { title: string }[]; nextCursor: string | null };
  };

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    const observer = await signedIn(t.app, 'legal_observer');
    ({ token } = await signedIn(t.app, 'lawyer'));
    terms = await termIds(t.app, observer.token);
    const post = (body: object) => api(t.app, observer.token).post('/api/incidents').send(body).expect(200);
    await post(incidentBody(terms, { title: 'Gas Calais January', startAt: '2026-01-10T06:00:00Z' }));
    await post(
      incidentBody(terms, {
        title: 'Baton blows Grande-Synthe',
        narrative: 'A gendarme struck a journalist with a baton.',
        startAt: '2026-02-03T07:00:00Z',
        commune: 'Grande-Synthe',
        victims: [{ key: 'j', alias: 'Journalist R.', category: 'journalist' }],
        perpetrators: [{ key: 'g', forceId: terms.gendarmerie, rioShown: 'yes', rioNumber: '1234567' }],
        acts: [{ actTypeId: terms.baton_blows, victimKeys: ['j'], perpetratorKeys: ['g'] }],
        followUps: [],
      }),
    );
    await post(
      incidentBody(terms, { title: 'Gas Calais March', startAt: '2026-03-05T05:30:00Z', followUps: [] }),
    );
    await post(
      incidentBody(terms, { title: 'Observer draft', startAt: '2026-03-06T05:30:00Z', status: 'draft' }),
    );
  });
  afterAll(() => t.close());

  it('filters by parent act type (children included), force, commune, RIO, flags, follow-up and text', async () => {
    expect((await list(`actTypeId=${terms.chemical_weapons}`)).incidents.map((i) => i.title)).toEqual([
      'Gas Calais March',
      'Gas Calais January',
    ]);
    expect((await list(`forceId=${terms.gendarmerie}`)).incidents.map((i) => i.title)).toEqual([
      'Baton blows Grande-Synthe',
    ]);
    expect((await list('commune=Grande-Synthe')).incidents).toHaveLength(1);
    expect((await list('rioShown=yes')).incidents).toHaveLength(1);
    expect((await list('victimFlag=minor')).incidents).toHaveLength(2);
    expect((await list('victimFlag=minor&victimFlag=journalist')).incidents).toHaveLength(0);
    expect((await list('followUpStatus=filed')).incidents.map((i) => i.title)).toEqual([
      'Gas Calais January',
    ]);
    expect((await list('q=journalist baton')).incidents.map((i) => i.title)).toEqual([
      'Baton blows Grande-Synthe',
    ]);
    expect((await list('from=2026-02-01&to=2026-02-28')).incidents).toHaveLength(1);
    expect((await list('hasMedia=true')).incidents).toHaveLength(0);
  });

  it('hides other people’s drafts and pages with a keyset cursor in either order', async () => {
    const first = await list('limit=2');
    expect(first.incidents.map((i) => i.title)).toEqual(['Gas Calais March', 'Baton blows Grande-Synthe']);
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect(second.incidents.map((i) => i.title)).toEqual(['Gas Calais January']);
    expect(second.nextCursor).toBeNull();
    expect((await list('sort=start_asc&limit=1')).incidents[0]?.title).toBe('Gas Calais January');
  });

  it('rejects bad filters with the parameter at fault', async () => {
    for (const [query, path] of [
      ['from=March', 'querystring/from'],
      ['actTypeId=abc', 'querystring/actTypeId'],
      ['rioShown=maybe', 'querystring/rioShown'],
      ['cursor=garbage', 'querystring/cursor'],
      ['limit=1000', 'querystring/limit'],
    ]) {
      const res = await api(t.app, token).get(`/api/incidents?${query}`);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.error.details[0].path.startsWith(path!)).toBe(true);
    }
  });
});
