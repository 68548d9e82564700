import type { OverviewResponse, Role } from '@vigil/contracts';
import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { PERSON_ALIAS, type OverviewWorld, overviewWorld } from './overview-fixtures';

type Blocks = OverviewResponse['blocks'];

describe('GET /api/overview', () => {
  let t: TestApp;
  let w: OverviewWorld;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    w = await overviewWorld(t.app);
  });
  afterAll(() => t.close());

  const tokenOf = (role: Role | 'otherObserver') =>
    ({
      admin: w.people.admin,
      coordinator: w.people.coordinator,
      legal_observer: w.people.observer,
      otherObserver: w.people.otherObserver,
      lawyer: w.people.lawyer,
      caseworker: w.people.caseworker,
      volunteer: w.people.volunteer,
    })[role].token;

  async function overviewOf(
    role: Role | 'otherObserver',
    query = '',
  ): Promise<{ status: number; body: Blocks; raw: string }> {
    const res = await api(t.app, tokenOf(role)).get(`/api/overview${query}`);
    return { status: res.status, body: res.body.blocks as Blocks, raw: res.text };
  }

  it('gives each role exactly its blocks, and nothing of the modules it may not read', async () => {
    const expected: Record<Role, string[]> = {
      admin: ['instanceHealth'],
      coordinator: [
        'deadlines',
        'openNeeds',
        'quickActions',
        'recentActivity',
        'stockAlerts',
        'trends',
        'unassignedCases',
      ],
      legal_observer: ['evictionsToday', 'myDrafts', 'quickActions'],
      lawyer: ['deadlines', 'dossiers', 'myCases', 'recentVerifiedIncidents', 'savedFilters'],
      caseworker: ['deadlines', 'myCases'],
      volunteer: ['quickActions', 'stockHere'],
    };
    for (const [role, blocks] of Object.entries(expected) as [Role, string[]][]) {
      const { status, body } = await overviewOf(role);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(blocks);
    }
    const volunteer = await overviewOf('volunteer');
    expect(volunteer.raw).not.toMatch(/"(incidents?|evictions?|cases?|deadlines?|drafts?)"/i);
    expect(volunteer.raw).not.toContain('CASE-TEST');
  });

  it('asks for a session', async () => {
    expect((await api(t.app).get('/api/overview')).status).toBe(401);
  });

  it("coordinator: every case's deadlines, unassigned cases, needs short of stock, alerts, the week by site, trends", async () => {
    const { body, raw } = await overviewOf('coordinator');
    expect(body.quickActions).toEqual([
      'record_eviction',
      'record_incident',
      'record_donation',
      'record_distribution',
    ]);
    expect(body.deadlines).toMatchObject({ everyCase: true, days: 7, counts: { overdue: 1, dueSoon: 2 } });
    expect(body.deadlines!.overdue[0]).toMatchObject({ title: 'CNDA appeal', case: { id: w.myCaseId } });
    expect(body.deadlines!.dueSoon.map((d) => d.title)).toEqual(['Prefecture appointment', 'JLD hearing']);
    expect(body.unassignedCases).toEqual({ count: 1 });

    expect(body.openNeeds).toMatchObject({ open: 2, short: 1 });
    expect(body.openNeeds!.needs[0]).toMatchObject({ id: w.shortNeedId, site: { id: w.siteA } });
    expect(body.openNeeds!.needs[0]!.lines).toEqual([
      expect.objectContaining({
        quantity: 100,
        shortfall: 70,
        item: expect.objectContaining({ code: 'BLANKET' }),
      }),
    ]);
    expect(body.stockAlerts!.low).toMatchObject({
      total: 1,
      items: [{ available: 30, threshold: 50, shortBy: 20 }],
    });
    expect(body.stockAlerts!.expiring).toMatchObject({ total: 1, items: [{ onHand: 12, daysLeft: 10 }] });

    // Reviewers see drafts in the lists, so the week counts them too: 3 evictions (2 at A), 2 incidents.
    expect(body.recentActivity!.evictions.total).toBe(3);
    expect(body.recentActivity!.evictions.bySite).toEqual([
      { site: { id: w.siteA, name: 'Hospital site', commune: 'Calais' }, count: 2 },
      { site: { id: w.siteB, name: 'Marck woods', commune: 'Marck' }, count: 1 },
    ]);
    expect(body.recentActivity!.incidents.total).toBe(2);

    const trends = body.trends!;
    expect(trends.days).toHaveLength(30);
    expect(trends.days[29]).toBe(new Date().toISOString().slice(0, 10));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(trends.evictions)).toBe(4);
    expect(trends.evictions[29]).toBe(2);
    expect(sum(trends.incidents)).toBe(3);
    expect(trends.donations[29]).toBe(1);
    expect(trends.casesOpened[29]).toBe(2);

    // Aliases and sealed texts stay on the case pages.
    expect(raw).not.toContain(PERSON_ALIAS);
    expect(raw).not.toContain('personAlias');
  });

  it('legal observer: my drafts, evictions today (time zone), quick actions', async () => {
    const { body } = await overviewOf('legal_observer');
    expect(body.quickActions).toEqual(['record_eviction', 'record_incident']);
    expect(body.myDrafts!.incidents).toMatchObject({
      total: 1,
      items: [{ id: w.draftIncidentId, title: 'Draft at A' }],
    });
    expect(body.myDrafts!.evictions).toMatchObject({ total: 1, items: [{ id: w.draftEvictionId }] });
    // The other observer's draft today is theirs alone.
    expect(body.evictionsToday).toMatchObject({
      total: 1,
      items: [{ id: w.todayEvictionId, status: 'submitted' }],
    });
    expect(body.evictionsToday!.date).toBe(new Date().toISOString().slice(0, 10));

    const other = await overviewOf('otherObserver');
    expect(other.body.myDrafts!.evictions.total).toBe(1);
    expect(other.body.myDrafts!.incidents.total).toBe(0);
    expect(other.body.evictionsToday!.total).toBe(2);

    // Fourteen hours ahead of UTC, "today" is another calendar day for part of every UTC day.
    const far = await overviewOf('legal_observer', '?timeZone=Pacific/Kiritimati');
    const expectedDay = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    expect(far.body.evictionsToday!.date).toBe(expectedDay);
  });

  it('refuses a time zone nobody knows', async () => {
    const res = await api(t.app, tokenOf('legal_observer')).get('/api/overview?timeZone=Mars/Olympus');
    expect(res.status).toBe(400);
  });

  it('lawyer: my cases and deadlines, verified incidents of 14 days, saved filters, ready dossiers', async () => {
    const { body, raw } = await overviewOf('lawyer');
    expect(body.myCases).toMatchObject({ total: 1, items: [{ id: w.myCaseId, status: 'open' }] });
    expect(body.myCases!.items[0]!.nextDeadline).toMatchObject({ title: 'CNDA appeal' });
    expect(body.deadlines).toMatchObject({ everyCase: false, counts: { overdue: 1, dueSoon: 1 } });
    expect(body.recentVerifiedIncidents).toMatchObject({
      total: 1,
      items: [{ id: w.verifiedIncidentId, title: 'Verified at B' }],
    });
    expect(body.savedFilters).toMatchObject({
      total: 1,
      items: [{ name: 'Verified', query: 'verificationStatus=verified' }],
    });
    expect(body.dossiers).toMatchObject({ total: 1, items: [{ id: w.readyDossierId, incidentCount: 2 }] });
    expect(raw).not.toContain(PERSON_ALIAS);
    expect(raw).not.toContain('latitude');
  });

  it('caseworker: my cases with next deadlines, overdue and due this week', async () => {
    const { body } = await overviewOf('caseworker');
    expect(body.myCases).toMatchObject({ total: 1, items: [{ id: w.myCaseId }] });
    expect(body.deadlines).toMatchObject({ everyCase: false, counts: { overdue: 1, dueSoon: 1 } });
    expect(Object.keys(body.deadlines!.overdue[0]!).sort()).toEqual(['case', 'dueAt', 'id', 'kind', 'title']);
  });

  it('volunteer: stock where they last recorded a movement, or the location asked for', async () => {
    const { body } = await overviewOf('volunteer');
    expect(body.quickActions).toEqual(['record_donation', 'record_distribution']);
    const here = body.stockHere!;
    expect(here).toMatchObject({ location: { id: w.van, name: 'Van 1' }, chosenBy: 'last_movement' });
    expect(here.locations.map((l) => l.name)).toEqual(['A warehouse', 'Van 1']);
    expect(here.categories).toEqual(
      expect.arrayContaining([expect.objectContaining({ category: 'shelter', onHand: 30, available: 30 })]),
    );
    expect(here.low).toMatchObject({ total: 1, items: [{ item: { id: w.blanketId }, shortBy: 20 }] });
    expect(here.expiring.total).toBe(1);

    const asked = await overviewOf('volunteer', `?locationId=${w.warehouse}`);
    expect(asked.body.stockHere).toMatchObject({
      location: { id: w.warehouse },
      chosenBy: 'query',
      categories: [],
    });
    expect(asked.body.stockHere!.low.total).toBe(0);
    const unknown = await overviewOf('volunteer', '?locationId=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
  });

  it('a volunteer who never recorded stock starts at the first warehouse', async () => {
    const newcomer = await signedIn(t.app, 'volunteer');
    const res = await api(t.app, newcomer.token).get('/api/overview');
    expect(res.body.blocks.stockHere).toMatchObject({
      location: { id: w.warehouse },
      chosenBy: 'first_warehouse',
    });
  });

  it('admin: instance health in counts and hashes, no one named', async () => {
    const { body, raw } = await overviewOf('admin');
    const health = body.instanceHealth!;
    const active = await t.app.db.user.count({ where: { status: 'active' } });
    expect(health.users).toEqual({ active, invited: 0, deactivated: 0 });
    expect(health.liveSessions).toBeGreaterThanOrEqual(Object.keys(w.people).length);
    expect(health.emergencyLock).toBeNull();
    const head = await t.app.db.auditChainHead.findFirstOrThrow();
    expect(health.auditHead).toMatchObject({ lastId: head.lastId.toString(), lastHash: head.lastHash });
    expect(health.auditHead.lastAt).not.toBeNull();
    for (const person of Object.values(w.people)) {
      expect(raw).not.toContain(person.user.email);
      expect(raw).not.toContain(person.user.displayName);
    }
  });
});
