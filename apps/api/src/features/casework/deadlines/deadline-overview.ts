import { type CaseType, can } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { Actor } from '../../../lib/actor';

interface OverviewRow {
  overdue_count: number;
  due_soon_count: number;
  /** Null on the single row of an overview with nothing to list. */
  bucket: 'overdue' | 'due_soon' | null;
  id: string;
  case_id: string;
  kind: 'appeal' | 'hearing' | 'appointment' | 'submission' | 'task';
  title: string;
  due_at: Date;
  assignee_id: string | null;
  assignee_name: string | null;
  created_at: Date;
  reference: string;
  case_type: CaseType;
  person_alias: string;
}

/**
 * Which open deadlines an overview covers, as a condition on `d` (case_deadlines). "mine": assigned
 * to me, or unassigned on a case I am assigned to or the lawyer of; "all": every case I reach
 * (coordinators: every case, others: their cases). A non-coordinator's deadlines on a case they no
 * longer reach stay hidden: the overview names the case. Null: no condition (every case).
 */
function overviewScopeSql(actor: Actor, scope: 'mine' | 'all'): Prisma.Sql | null {
  const coordinator = can(actor.role, 'cases.manage_all');
  if (scope === 'all' && coordinator) return null;
  const myCases = Prisma.sql`d.case_id IN (
    SELECT a.case_id FROM case_assignments a WHERE a.user_id = ${actor.userId}::uuid
    UNION ALL SELECT c.id FROM cases c WHERE c.lawyer_id = ${actor.userId}::uuid)`;
  if (scope === 'all') return myCases;
  const mineOnMyCases = Prisma.sql`(${myCases} AND (d.assignee_id IS NULL OR d.assignee_id = ${actor.userId}::uuid))`;
  return coordinator
    ? Prisma.sql`(${mineOnMyCases} OR d.assignee_id = ${actor.userId}::uuid)`
    : mineOnMyCases;
}

/**
 * The whole overview in one statement: both totals, and the first `limit` overdue (oldest first) and
 * due soon (soonest first) with their case and person alias. A scoped set (my cases) is small: it is
 * computed once (MATERIALIZED) from the case list. Across every case it is not: it is inlined into
 * each part instead, so each list walks the partial index case_deadlines_open_due_idx and stops at
 * `limit`, and the totals count that index alone.
 */
function overviewRows(
  db: DbOrTx,
  where: Prisma.Sql | null,
  window: { now: Date; until: Date; limit: number },
): Promise<OverviewRow[]> {
  const { now, until, limit } = window;
  const scoped = where ? Prisma.sql`MATERIALIZED` : Prisma.sql`NOT MATERIALIZED`;
  return sqlOf(db).query<OverviewRow>(Prisma.sql`
    WITH scoped AS ${scoped} (
      SELECT d.id, d.case_id, d.kind, d.title, d.due_at, d.assignee_id, d.created_at
      FROM case_deadlines d
      WHERE d.done_at IS NULL AND d.due_at < ${until} AND ${where ?? Prisma.sql`TRUE`}
    ),
    counts AS (
      SELECT count(*) FILTER (WHERE due_at < ${now})::int AS overdue_count,
             count(*) FILTER (WHERE due_at >= ${now})::int AS due_soon_count
      FROM scoped
    ),
    listed AS (
      (SELECT 'overdue' AS bucket, s.* FROM scoped s WHERE s.due_at < ${now} ORDER BY s.due_at, s.id LIMIT ${limit})
      UNION ALL
      (SELECT 'due_soon' AS bucket, s.* FROM scoped s WHERE s.due_at >= ${now} ORDER BY s.due_at, s.id LIMIT ${limit})
    )
    SELECT n.overdue_count, n.due_soon_count, l.bucket, l.id::text, l.case_id::text, l.kind::text, l.title,
           l.due_at, l.assignee_id::text, u.display_name AS assignee_name, l.created_at,
           c.reference, c.type::text AS case_type, p.alias AS person_alias
    FROM counts n
    LEFT JOIN listed l ON TRUE
    LEFT JOIN cases c ON c.id = l.case_id
    LEFT JOIN people p ON p.id = c.person_id
    LEFT JOIN users u ON u.id = l.assignee_id
    ORDER BY l.bucket, l.due_at, l.id`);
}

function toItem(row: OverviewRow) {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    title: row.title,
    dueAt: row.due_at,
    assignee:
      row.assignee_id && row.assignee_name !== null
        ? { id: row.assignee_id, displayName: row.assignee_name }
        : null,
    doneAt: null,
    doneBy: null,
    createdAt: row.created_at,
    case: { id: row.case_id, reference: row.reference, type: row.case_type, personAlias: row.person_alias },
  };
}

/** Open deadlines overdue and due before `days` from now, in the actor's scope. */
export async function deadlineOverview(
  db: DbOrTx,
  actor: Actor,
  query: { scope: 'mine' | 'all'; days: number; limit: number },
) {
  const now = new Date();
  const until = new Date(now.getTime() + query.days * 86_400_000);
  const rows = await overviewRows(db, overviewScopeSql(actor, query.scope), {
    now,
    until,
    limit: query.limit,
  });
  const listOf = (bucket: OverviewRow['bucket']) => rows.filter((row) => row.bucket === bucket).map(toItem);
  return {
    overdue: listOf('overdue'),
    dueSoon: listOf('due_soon'),
    counts: { overdue: rows[0]?.overdue_count ?? 0, dueSoon: rows[0]?.due_soon_count ?? 0 },
  };
}
