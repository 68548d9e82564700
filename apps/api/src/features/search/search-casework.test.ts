import { randomUUID } from 'node:crypto';
import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { seedCase, seedPerson } from '../casework/casework-fixtures';
import { labelsIn, modulesOf, searchUrl } from './search-fixtures';

type SignedIn = Awaited<ReturnType<typeof signedIn>>;

describe('global search over casework', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let caseworker: SignedIn;
  let otherCaseworker: SignedIn;
  let lawyer: SignedIn;
  let volunteer: SignedIn;
  let theirs: { id: string; reference: string };

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, caseworker, otherCaseworker, lawyer, volunteer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'caseworker'),
      signedIn(t.app, 'caseworker'),
      signedIn(t.app, 'lawyer'),
      signedIn(t.app, 'volunteer'),
    ]);
    const by = coordinator.user.id;
    const mine = await seedPerson(t.app, {
      createdById: by,
      alias: 'Zaynab K.',
      legalName: 'Hidden Legalname',
    });
    const other = await seedPerson(t.app, { createdById: by, alias: 'Zaynab M.' });
    await seedCase(t.app, {
      personId: mine.id,
      createdById: by,
      assigneeIds: [caseworker.user.id],
      summary: 'Sealed summary words',
    });
    await seedCase(t.app, {
      personId: mine.id,
      createdById: by,
      status: 'closed',
      assigneeIds: [caseworker.user.id],
    });
    theirs = await seedCase(t.app, {
      personId: other.id,
      createdById: by,
      assigneeIds: [otherCaseworker.user.id],
      lawyerId: lawyer.user.id,
    });
  });

  afterAll(() => t.close());

  it('gives no casework groups to roles without cases.read', async () => {
    for (const who of [volunteer]) {
      const res = await api(t.app, who.token).get(searchUrl('zaynab'));
      expect(res.status).toBe(200);
      expect(modulesOf(res)).not.toContain('cases');
      expect(modulesOf(res)).not.toContain('people');
    }
  });

  it('finds only the cases and people a caseworker or lawyer reaches, closed cases marked', async () => {
    const res = await api(t.app, caseworker.token).get(searchUrl('zayn'));
    expect(labelsIn(res, 'cases')).toEqual(['Zaynab K.', 'Zaynab K.']);
    expect(labelsIn(res, 'people')).toEqual(['Zaynab K.']);
    const badges = res.body.groups
      .find((g: { module: string }) => g.module === 'cases')
      .hits.map((h: { badge: string }) => h.badge);
    expect(badges.sort()).toEqual(['closed', null].sort());
    expect(labelsIn(await api(t.app, caseworker.token).get(searchUrl(theirs.reference)), 'cases')).toEqual(
      [],
    );

    const asLawyer = await api(t.app, lawyer.token).get(searchUrl('zayn'));
    expect(labelsIn(asLawyer, 'cases')).toEqual(['Zaynab M.']);
    const byReference = await api(t.app, lawyer.token).get(searchUrl(theirs.reference));
    expect(byReference.body.groups.find((g: { module: string }) => g.module === 'cases').hits).toEqual([
      expect.objectContaining({ id: theirs.id, secondary: theirs.reference, path: `/cases/${theirs.id}` }),
    ]);

    const asCoordinator = await api(t.app, coordinator.token).get(searchUrl('ZAYNAB'));
    expect(labelsIn(asCoordinator, 'cases')).toHaveLength(3);
    expect(labelsIn(asCoordinator, 'people')).toEqual(['Zaynab K.', 'Zaynab M.']);
  });

  it('finds the people a caseworker reaches behind many others whose alias starts the same', async () => {
    const by = coordinator.user.id;
    await t.app.db.person.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({
        id: randomUUID(),
        alias: `Qarib ${String(i).padStart(3, '0')}`,
        createdById: by,
      })),
    });
    await seedPerson(t.app, { createdById: caseworker.user.id, alias: 'Qarib own' });
    const assigned = await seedPerson(t.app, { createdById: by, alias: 'Qarib zz' });
    await seedCase(t.app, { personId: assigned.id, createdById: by, assigneeIds: [caseworker.user.id] });

    const res = await api(t.app, caseworker.token).get(searchUrl('qarib'));
    expect(labelsIn(res, 'people')).toEqual(['Qarib own', 'Qarib zz']);
    expect(labelsIn(res, 'cases')).toEqual(['Qarib zz']);
    expect(labelsIn(await api(t.app, coordinator.token).get(searchUrl('qarib', 3)), 'people')).toEqual([
      'Qarib 000',
      'Qarib 001',
      'Qarib 002',
    ]);
  });

  it('never searches sealed fields', async () => {
    for (const q of ['Legalname', 'Sealed summary']) {
      const res = await api(t.app, coordinator.token).get(searchUrl(q));
      expect(labelsIn(res, 'cases')).toEqual([]);
      expect(labelsIn(res, 'people')).toEqual([]);
    }
  });

  it('records one audit event with the counts, never the text, when casework was found', async () => {
    const before = await t.app.db.auditEvent.count({ where: { action: 'search.cases' } });
    await api(t.app, otherCaseworker.token).get(searchUrl('zaynab'));
    const events = await t.app.db.auditEvent.findMany({
      where: { action: 'search.cases', actorId: otherCaseworker.user.id },
    });
    expect(events).toHaveLength(1);
    expect(JSON.parse(String(events[0]!.meta))).toEqual({ cases: 1, people: 1 });
    expect(JSON.stringify(events[0], (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toMatch(
      /zaynab/i,
    );

    await api(t.app, otherCaseworker.token).get(searchUrl('nobody by this name'));
    await api(t.app, volunteer.token).get(searchUrl('zaynab'));
    expect(await t.app.db.auditEvent.count({ where: { action: 'search.cases' } })).toBe(before + 1);
  });
});
