import { Prisma } from '@vigil/db';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import type { Actor } from '../../../lib/actor';
import { seedCase, seedPerson } from '../casework-fixtures';
import { type CaseListQuery, caseListConditions, caseListSql } from './case-list-sql';

type Member = Awaited<ReturnType<typeof signedIn>>;

describe('the case list', () => {
  let t: TestApp;
  let coordinator: Member;
  let caseworker: Member;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, caseworker] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'caseworker'),
    ]);
  });
  afterAll(() => t.close());

  const list = (query: string, member = caseworker) => api(t.app, member.token).get(`/api/cases?${query}`);
  const refs = (res: { body: { cases: { reference: string }[] } }) => res.body.cases.map((c) => c.reference);

  it('filters by status, type, assignee, flag and alias or reference, newest activity first', async () => {
    const by = coordinator.user.id;
    const [hamid, hana, omar] = await Promise.all(
      ['Hamid', 'Hana_', 'Omar'].map((alias) => seedPerson(t.app, { createdById: by, alias })),
    );
    const mine = { createdById: by, assigneeIds: [caseworker.user.id] };
    const first = await seedCase(t.app, { ...mine, personId: hamid!.id, type: 'detention' });
    const second = await seedCase(t.app, { ...mine, personId: hana!.id, type: 'housing', status: 'waiting' });
    const closed = await seedCase(t.app, { ...mine, personId: omar!.id, status: 'closed' });
    const nobodys = await seedCase(t.app, { createdById: by, personId: omar!.id });
    await t.app.db.caseDeadline.create({
      data: {
        caseId: first.id,
        kind: 'hearing',
        title: 'JLD hearing',
        dueAt: new Date(Date.now() + 86_400_000),
        createdById: by,
      },
    });

    const all = await list('');
    expect(refs(all)).toEqual([second.reference, first.reference]);
    expect(all.body.cases[1].nextDeadline).toMatchObject({ title: 'JLD hearing', kind: 'hearing' });
    expect(refs(await list('status=closed'))).toEqual([closed.reference]);
    expect(refs(await list('status=closed&status=open'))).toEqual([closed.reference, first.reference]);
    expect(refs(await list('type=detention'))).toEqual([first.reference]);
    expect(refs(await list('q=ha'))).toEqual([second.reference, first.reference]);
    expect(refs(await list('q=Hana_'))).toEqual([second.reference]);
    expect(refs(await list('q=h%25'))).toEqual([]);
    expect(refs(await list(`q=${first.reference}`))).toEqual([first.reference]);
    const everyone = `scope=all&q=omar&status=open`;
    expect(refs(await list(`${everyone}&unassigned=true`, coordinator))).toEqual([nobodys.reference]);
    expect(refs(await list(`${everyone}&unassigned=false`, coordinator))).toEqual([]);
    expect(refs(await list(`scope=all&assigneeId=${caseworker.user.id}`, coordinator))).toEqual(refs(all));
    const bad = await list('status=done&limit=500&cursor=nope');
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['querystring/status', 'querystring/limit']),
    );
    expect((await list('cursor=nope')).body.error.details[0].path).toBe('querystring/cursor');
    const opened = await api(t.app, caseworker.token)
      .post('/api/cases')
      .send({ type: 'other', personId: omar!.id });
    expect(refs(await list(`q=${opened.body.case.reference.toLowerCase()}`))).toEqual([
      opened.body.case.reference,
    ]);
  });

  it('pages with a keyset cursor, without gaps or repeats', async () => {
    const lawyer = await signedIn(t.app, 'lawyer');
    const person = await seedPerson(t.app, { createdById: coordinator.user.id });
    const seeded = [];
    for (let i = 0; i < 5; i += 1) {
      seeded.push(
        await seedCase(t.app, {
          personId: person.id,
          createdById: coordinator.user.id,
          lawyerId: lawyer.user.id,
        }),
      );
    }
    // Two cases active at the same instant: the id orders them.
    const same = new Date();
    await t.app.db.case.updateMany({
      where: { id: { in: [seeded[1]!.id, seeded[2]!.id] } },
      data: { updatedAt: same },
    });
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 3; page += 1) {
      const res = await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`, lawyer);
      seen.push(...res.body.cases.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
    }
    expect(cursor).toBeNull();
    expect([...seen].sort()).toEqual(seeded.map((c) => c.id).sort());
    const ordered = await t.app.db.case.findMany({
      where: { lawyerId: lawyer.user.id },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    });
    expect(seen).toEqual(ordered.map((c) => c.id));
  });

  it('reads "my cases" through the assignment index and "all" through the open-case index', async () => {
    const by = coordinator.user.id;
    // 1,000 caseworkers sharing 30,000 cases: each holds about 30, as in the 300,000-case benchmark;
    // at this size the planner already drives "mine" from the assignment index.
    const staffIds = (
      await t.app.db.$queryRaw<{ id: string }[]>`
        INSERT INTO users (id, email, display_name, role, status, updated_at)
        SELECT gen_random_uuid(), 'staff' || i || '@bench.vigil', 'Staff ' || i, 'caseworker', 'active', now()
        FROM generate_series(1, 1000) i RETURNING id::text`
    ).map((u) => u.id);
    await t.app.db.$executeRaw`
      INSERT INTO people (id, alias, created_by_id, updated_at)
      SELECT gen_random_uuid(), 'Generated ' || i, ${by}::uuid, now() FROM generate_series(1, 15000) i`;
    await t.app.db.$executeRaw`
      INSERT INTO cases (id, reference, person_id, type, status, created_by_id, updated_at)
      SELECT gen_random_uuid(), 'CASE-GEN-' || p.n || '-' || k, p.id, 'housing',
             (ARRAY['open', 'active', 'waiting', 'closed'])[1 + p.n % 4]::"CaseStatus", ${by}::uuid,
             now() - p.n * interval '1 minute'
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people WHERE alias LIKE 'Generated %') p,
           generate_series(1, 2) k`;
    await t.app.db.$executeRaw`
      INSERT INTO case_assignments (case_id, user_id, assigned_by_id)
      SELECT c.id, (${staffIds}::uuid[])[1 + (row_number() OVER (ORDER BY c.id)) % 1000], ${by}::uuid
      FROM cases c WHERE c.reference LIKE 'CASE-GEN-%'`;
    await t.app.db.$executeRaw`ANALYZE cases, case_assignments, people, users`;

    const plan = async (actor: Actor, query: Partial<CaseListQuery>) => {
      const sql = caseListSql(caseListConditions({ scope: 'mine', limit: 50, ...query }, actor), null, 51);
      const rows = await t.app.db.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${sql}`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    };
    const asStaff: Actor = { userId: staffIds[0]!, role: 'caseworker', sessionId: 'x', requestId: 'x' };
    const asCoordinator: Actor = { userId: by, role: 'coordinator', sessionId: 'x', requestId: 'x' };
    const mine = await plan(asStaff, {});
    expect(mine).toContain('case_assignments_user_id_case_id_idx');
    expect(mine).toContain('cases_pkey');
    expect(mine).not.toMatch(/Seq Scan on cases/);
    expect(await plan(asCoordinator, { scope: 'all' })).toContain('cases_open_updated_idx');
  });
});
