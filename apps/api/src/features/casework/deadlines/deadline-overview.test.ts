import { api } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { seedCase } from '../casework-fixtures';
import { type SignedIn, caseOf, caseTeam } from './task-fixtures';

const DAY = 86_400_000;

describe('the deadline overview', () => {
  let t: TestApp;
  let team: Awaited<ReturnType<typeof caseTeam>>;
  let ids: Record<string, string>;
  let mine: { id: string; reference: string; personId: string };

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    team = await caseTeam(t.app);
    mine = await caseOf(t.app, team, { alias: 'Samir' });
    const theirs = await caseOf(t.app, { coordinator: team.coordinator, caseworker: team.otherCaseworker });
    // A case the caseworker was moved off: the deadline still names them, but the case is out of reach.
    const handedOver = await seedCase(t.app, {
      personId: theirs.personId,
      createdById: team.coordinator.user.id,
      assigneeIds: [team.otherCaseworker.user.id],
    });
    const at = (days: number) => new Date(Date.now() + days * DAY);
    const add = async (
      caseId: string,
      title: string,
      days: number,
      extra: { assigneeId?: string; doneAt?: Date } = {},
    ) =>
      (
        await t.app.db.caseDeadline.create({
          data: {
            caseId,
            kind: 'appeal',
            title,
            dueAt: at(days),
            createdById: team.coordinator.user.id,
            ...extra,
          },
        })
      ).id;
    const me = team.caseworker.user.id;
    ids = {
      overdueUnassigned: await add(mine.id, 'Overdue, nobody', -2),
      overdueMine: await add(mine.id, 'Overdue, me', -1, { assigneeId: me }),
      soonMine: await add(mine.id, 'Soon, me', 3, { assigneeId: me }),
      soonCoordinator: await add(mine.id, 'Soon, coordinator', 1, { assigneeId: team.coordinator.user.id }),
      later: await add(mine.id, 'In a month', 30),
      doneOverdue: await add(mine.id, 'Done', -5, { doneAt: new Date() }),
      theirsOverdue: await add(theirs.id, 'Theirs, overdue', -3, {
        assigneeId: team.otherCaseworker.user.id,
      }),
      theirsSoon: await add(theirs.id, 'Theirs, soon', 2),
      handedOver: await add(handedOver.id, 'On a case I left', 2, { assigneeId: me }),
      coordinatorsOwn: await add(theirs.id, 'Coordinator on their case', 4, {
        assigneeId: team.coordinator.user.id,
      }),
    };
  });
  afterAll(() => t.close());

  const overview = async (who: SignedIn, query = '') => {
    const res = await api(t.app, who.token).get(`/api/casework/deadlines${query}`);
    expect(res.status).toBe(200);
    const titlesOf = (list: { id: string }[]) =>
      list.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0] ?? item.id);
    return { ...res.body, overdueKeys: titlesOf(res.body.overdue), dueSoonKeys: titlesOf(res.body.dueSoon) };
  };

  it('shows a caseworker their own and the unassigned deadlines of their cases, not other people’s', async () => {
    const view = await overview(team.caseworker);
    expect(view.overdueKeys).toEqual(['overdueUnassigned', 'overdueMine']);
    expect(view.dueSoonKeys).toEqual(['soonMine']);
    expect(view.counts).toEqual({ overdue: 2, dueSoon: 1 });
    expect(view.overdue[1]).toMatchObject({
      kind: 'appeal',
      title: 'Overdue, me',
      assignee: { id: team.caseworker.user.id, displayName: team.caseworker.user.displayName },
      doneAt: null,
      case: { id: mine.id, reference: mine.reference, type: 'asylum_claim', personAlias: 'Samir' },
    });
    const other = await overview(team.otherCaseworker);
    expect(other.overdueKeys).toEqual(['theirsOverdue']);
    expect(other.dueSoonKeys).toEqual(['theirsSoon']);
  });

  it('widens to every deadline of the cases one reaches with scope=all', async () => {
    const view = await overview(team.caseworker, '?scope=all');
    expect(view.overdueKeys).toEqual(['overdueUnassigned', 'overdueMine']);
    expect(view.dueSoonKeys).toEqual(['soonCoordinator', 'soonMine']);
    const lawyer = await overview(team.lawyer, '?scope=all');
    expect(lawyer.counts).toEqual({ overdue: 2, dueSoon: 2 });
  });

  it('gives coordinators their own deadlines, or every case', async () => {
    const own = await overview(team.coordinator);
    expect(own.overdueKeys).toEqual([]);
    expect(own.dueSoonKeys).toEqual(['soonCoordinator', 'coordinatorsOwn']);
    const all = await overview(team.coordinator, '?scope=all');
    expect(all.overdueKeys).toEqual(['theirsOverdue', 'overdueUnassigned', 'overdueMine']);
    expect(all.dueSoonKeys).toEqual([
      'soonCoordinator',
      'theirsSoon',
      'handedOver',
      'soonMine',
      'coordinatorsOwn',
    ]);
  });

  it('counts everything, lists up to the limit, and looks as far ahead as asked', async () => {
    const limited = await overview(team.coordinator, '?scope=all&limit=1');
    expect(limited.overdueKeys).toEqual(['theirsOverdue']);
    expect(limited.dueSoonKeys).toEqual(['soonCoordinator']);
    expect(limited.counts).toEqual({ overdue: 3, dueSoon: 5 });
    const month = await overview(team.caseworker, '?days=40');
    expect(month.dueSoonKeys).toEqual(['soonMine', 'later']);
    const nothing = await overview(team.otherLawyer);
    expect(nothing).toMatchObject({ overdue: [], dueSoon: [], counts: { overdue: 0, dueSoon: 0 } });
  });

  it('refuses bad queries and roles without casework', async () => {
    const bad = await api(t.app, team.caseworker.token).get(
      '/api/casework/deadlines?scope=team&days=0&limit=500',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['querystring/scope', 'querystring/days', 'querystring/limit']),
    );
    expect((await api(t.app, team.observer.token).get('/api/casework/deadlines')).status).toBe(403);
  });
});
