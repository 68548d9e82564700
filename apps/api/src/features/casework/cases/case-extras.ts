import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { UserRef } from '../deadlines/user-refs';

export interface CaseExtras {
  assignees: UserRef[];
  openFlags: string[];
  nextDeadline: { id: string; title: string; kind: string; dueAt: Date } | null;
}

interface ExtrasRow {
  case_id: string;
  assignees: UserRef[];
  open_flags: string[];
  next_deadline: { id: string; title: string; kind: string; dueAt: string } | null;
}

export const NO_EXTRAS: CaseExtras = { assignees: [], openFlags: [], nextDeadline: null };

/**
 * What a case summary shows beyond the case row, for a whole page of cases in one query: each
 * lookup reads an index on case_id (assignments' key, open flags, open deadlines by due date).
 */
export async function caseExtras(db: DbOrTx, caseIds: string[]): Promise<Map<string, CaseExtras>> {
  if (caseIds.length === 0) return new Map();
  const rows = await sqlOf(db).query<ExtrasRow>(Prisma.sql`
    SELECT c.id::text AS case_id,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                                ORDER BY u.display_name, u.id), '[]'::json)
         FROM case_assignments a JOIN users u ON u.id = a.user_id WHERE a.case_id = c.id) AS assignees,
      (SELECT coalesce(array_agg(f.flag ORDER BY f.set_at, f.id), '{}')
         FROM case_flags f WHERE f.case_id = c.id AND f.cleared_at IS NULL) AS open_flags,
      (SELECT json_build_object('id', d.id, 'title', d.title, 'kind', d.kind, 'dueAt', d.due_at)
         FROM case_deadlines d WHERE d.case_id = c.id AND d.done_at IS NULL
         ORDER BY d.due_at, d.id LIMIT 1) AS next_deadline
    FROM unnest(${caseIds}::uuid[]) AS c(id)`);
  return new Map(
    rows.map((row) => [
      row.case_id,
      {
        assignees: row.assignees,
        openFlags: row.open_flags,
        nextDeadline: row.next_deadline && { ...row.next_deadline, dueAt: new Date(row.next_deadline.dueAt) },
      },
    ]),
  );
}
