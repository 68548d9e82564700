import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';

interface WorkloadRow {
  id: string;
  display_name: string;
  role: string;
  active: boolean;
  open_cases: number;
  overdue: number;
  due_this_week: number;
}

/**
 * Open cases and deadlines per member who works on cases, counted in one statement. A member's
 * deadlines are the open deadlines of their cases that are theirs or nobody's in particular.
 */
export async function workload(db: DbOrTx) {
  const [rows, [unassigned]] = await Promise.all([
    sqlOf(db).query<WorkloadRow>(Prisma.sql`
      WITH held AS (
        SELECT a.user_id, a.case_id FROM case_assignments a JOIN cases c ON c.id = a.case_id
        WHERE c.status <> 'closed'
        UNION
        SELECT c.lawyer_id, c.id FROM cases c WHERE c.lawyer_id IS NOT NULL AND c.status <> 'closed'
      ), cases_held AS (
        SELECT user_id, count(*)::int AS open_cases FROM held GROUP BY user_id
      ), due AS (
        SELECT h.user_id,
               count(*) FILTER (WHERE d.due_at < now())::int AS overdue,
               count(*) FILTER (WHERE d.due_at >= now())::int AS due_this_week
        FROM held h JOIN case_deadlines d ON d.case_id = h.case_id
        WHERE d.done_at IS NULL AND d.due_at < now() + interval '7 days'
          AND (d.assignee_id IS NULL OR d.assignee_id = h.user_id)
        GROUP BY h.user_id
      )
      SELECT u.id::text, u.display_name, u.role::text, u.status = 'active' AS active, ch.open_cases,
             coalesce(due.overdue, 0) AS overdue, coalesce(due.due_this_week, 0) AS due_this_week
      FROM cases_held ch
      JOIN users u ON u.id = ch.user_id
      LEFT JOIN due ON due.user_id = ch.user_id
      WHERE u.role IN ('caseworker', 'coordinator', 'lawyer')
      ORDER BY ch.open_cases DESC, u.display_name, u.id`),
    sqlOf(db).query<{ n: number }>(Prisma.sql`
      SELECT count(*)::int AS n FROM cases c
      WHERE c.status <> 'closed' AND NOT EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id)`),
  ]);
  return {
    caseworkers: rows.map((r) => ({
      user: { id: r.id, displayName: r.display_name, role: r.role, active: r.active },
      openCases: r.open_cases,
      overdue: r.overdue,
      dueThisWeek: r.due_this_week,
    })),
    unassignedOpenCases: unassigned?.n ?? 0,
  };
}
