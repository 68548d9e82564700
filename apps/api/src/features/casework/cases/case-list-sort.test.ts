import { Prisma } from '@vigil/db';
import { CASE_SORTS } from '@vigil/contracts';
import type { Actor } from '../../../lib/actor';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';
import { caseListConditions, caseListSql } from './case-list-sql';

type Member = Awaited<ReturnType<typeof signedIn>>;

describe('the case list orders', () => {
  let t: TestApp;
  let coordinator: Member;
  let lawyer: Member;
  const DAY = 86_400_000;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, lawyer] = await Promise.all([signedIn(t.app, 'coordinator'), signedIn(t.app, 'lawyer')]);
  });
  afterAll(() => t.close());

  const list = (query: string) => api(t.app, lawyer.token).get(`/api/cases?${query}`);

  /** Every page of one order, two cases at a time, following the cursors. */
  async function walk(sort: string): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await list(`sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.cases.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
    }
    return seen;
  }

  it('pages every order without gaps or repeats, with deadlines kept by the trigger', async () => {
    const by = coordinator.user.id;
    const person = await seedPerson(t.app, { createdById: by });
    const cases: Awaited<ReturnType<typeof seedCase>>[] = [];
    for (let i = 0; i < 7; i += 1) {
      cases.push(await seedCase(t.app, { personId: person.id, createdById: by, lawyerId: lawyer.user.id }));
    }
    // Opened on three days (ties broken by id), deadlines open, done and missing.
    const base = Date.now() - 30 * DAY;
    for (const [i, c] of cases.entries()) {
      await t.app.db.case.update({ where: { id: c.id }, data: { openedAt: new Date(base + (i % 3) * DAY) } });
    }
    const due = (i: number, days: number, done = false) =>
      t.app.db.caseDeadline.create({
        data: {
          caseId: cases[i]!.id,
          kind: 'hearing',
          title: `Hearing ${i}`,
          dueAt: new Date(base + 60 * DAY + days * DAY),
          doneAt: done ? new Date() : null,
          createdById: by,
        },
      });
    await due(0, 5);
    await due(0, 2, true); // done: not the next deadline
    await due(1, 1);
    await due(2, 5); // same instant as case 0: the id orders them
    await due(3, 9);
    const moved = await due(3, 3);
    await t.app.db.caseDeadline.update({
      where: { id: moved.id },
      data: { dueAt: new Date(base + 70 * DAY) },
    });
    const gone = await due(4, 0);
    await t.app.db.caseDeadline.delete({ where: { id: gone.id } });

    const rows = await t.app.db.case.findMany({ where: { lawyerId: lawyer.user.id } });
    const next = new Map(rows.map((c) => [c.id, c.nextDeadlineAt?.getTime() ?? Infinity]));
    expect(next.get(cases[0]!.id)).toBe(base + 65 * DAY);
    expect(next.get(cases[3]!.id)).toBe(base + 69 * DAY);
    expect(next.get(cases[4]!.id)).toBe(Infinity);

    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const ids = (order: Prisma.CaseOrderByWithRelationInput[]) =>
      t.app.db.case
        .findMany({ where: { lawyerId: lawyer.user.id }, orderBy: order, select: { id: true } })
        .then((found) => found.map((c) => c.id));
    const expected: Record<(typeof CASE_SORTS)[number], string[]> = {
      updated_desc: await ids([{ updatedAt: 'desc' }, { id: 'asc' }]),
      opened_desc: await ids([{ openedAt: 'desc' }, { id: 'desc' }]),
      opened_asc: await ids([{ openedAt: 'asc' }, { id: 'asc' }]),
      reference_asc: await ids([{ reference: 'asc' }]),
      next_deadline_asc: rows.map((c) => c.id).sort((a, b) => next.get(a)! - next.get(b)! || byId(a, b)),
    };
    for (const sort of CASE_SORTS) expect([sort, await walk(sort)]).toEqual([sort, expected[sort]]);
    // The default order is latest activity.
    expect((await list('')).body.cases.map((c: { id: string }) => c.id)).toEqual(expected.updated_desc);
    // Deleting a case cascades to its deadlines; the trigger then finds no case to refresh.
    await due(6, 1);
    await t.app.db.case.delete({ where: { id: cases[6]!.id } });
    expect(await t.app.db.caseDeadline.count({ where: { caseId: cases[6]!.id } })).toBe(0);
  });

  it('refuses an unknown order, and a cursor of another order naming the cursor', async () => {
    const bad = await list('sort=alias_asc');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('querystring/sort');
    const first = await list('sort=opened_asc&limit=1');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    for (const other of ['reference_asc', 'opened_desc', 'updated_desc', 'next_deadline_asc']) {
      const res = await list(`sort=${other}&limit=1&cursor=${first.body.nextCursor}`);
      expect([other, res.status, res.body.error.details[0].path]).toEqual([other, 400, 'querystring/cursor']);
    }
    const forged = Buffer.from(JSON.stringify(['opened_asc', 'yesterday', 'x'])).toString('base64url');
    expect((await list(`sort=opened_asc&cursor=${forged}`)).status).toBe(400);
  });

  it('walks an index over open cases for each order across all cases', async () => {
    const by = coordinator.user.id;
    await t.app.db.$executeRaw`
      INSERT INTO people (id, alias, created_by_id, updated_at)
      SELECT gen_random_uuid(), 'Sorted ' || i, ${by}::uuid, now() FROM generate_series(1, 20000) i`;
    await t.app.db.$executeRaw`
      INSERT INTO cases (id, reference, person_id, type, status, created_by_id, updated_at, opened_at)
      SELECT gen_random_uuid(), 'CASE-SORT-' || p.n, p.id, 'housing',
             (ARRAY['open', 'active', 'waiting', 'closed'])[1 + p.n % 4]::"CaseStatus", ${by}::uuid,
             now() - p.n * interval '1 minute', now() - p.n * interval '1 hour'
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people WHERE alias LIKE 'Sorted %') p`;
    await t.app.db.$executeRaw`
      INSERT INTO case_deadlines (id, case_id, kind, title, due_at, created_by_id)
      SELECT gen_random_uuid(), c.id, 'hearing', 'Generated', now() + random() * interval '90 days', ${by}::uuid
      FROM cases c WHERE c.reference LIKE 'CASE-SORT-%' AND random() < 0.3`;
    await t.app.db.$executeRaw`ANALYZE cases, case_deadlines, people`;
    const actor: Actor = { userId: by, role: 'coordinator', sessionId: 'x', requestId: 'x' };
    const plan = async (sort: 'opened_desc' | 'opened_asc' | 'next_deadline_asc' | 'reference_asc') => {
      const sql = caseListSql(caseListConditions({ scope: 'all', limit: 50 }, actor), null, 51, sort);
      const rows = await t.app.db.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${sql}`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    };
    expect(await plan('opened_desc')).toContain('Index Scan Backward using cases_open_opened_idx');
    expect(await plan('opened_asc')).toContain('cases_open_opened_idx');
    expect(await plan('next_deadline_asc')).toContain('cases_open_next_deadline_idx');
    expect(await plan('reference_asc')).toContain('cases_reference_key');
  });
});
