import {
  type CaseOutcome,
  type CaseSort,
  type CaseStatus,
  type CaseType,
  type caseListQuerySchema,
  can,
} from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { caseOrderBy } from './case-list-order';

/** The list's query; callers inside the API (overview, search) may leave the order to its default. */
export type CaseListQuery = Omit<z.output<typeof caseListQuerySchema>, 'sort'> & { sort?: CaseSort };

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** A LIKE pattern matching values that start with `text` taken literally. */
function prefixPattern(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQL conditions over `cases c`. "Mine" (all a caseworker or lawyer reaches) is "one of my assigned
 * case ids, or a case I am the lawyer of": PostgreSQL ORs the assignment ids and the lawyer index into
 * one bitmap for a few hundred cases, or walks the open-case index in order and stops after a page
 * for thousands; either way milliseconds at 300,000 cases. Lists without status keep the cases in
 * progress: `status <> 'closed'` is what lets them use the partial index cases_open_updated_idx.
 */
export function caseListConditions(query: CaseListQuery, actor: Actor): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (query.scope === 'mine' || !can(actor.role, 'cases.manage_all')) {
    parts.push(Prisma.sql`(c.id = ANY(ARRAY(
      SELECT a.case_id FROM case_assignments a WHERE a.user_id = ${actor.userId}::uuid))
      OR c.lawyer_id = ${actor.userId}::uuid)`);
  }
  const statuses = asList(query.status);
  if (statuses.length) parts.push(Prisma.sql`c.status = ANY(${statuses}::"CaseStatus"[])`);
  if (!statuses.includes('closed')) parts.push(Prisma.sql`c.status <> 'closed'`);
  const types = asList(query.type);
  if (types.length) parts.push(Prisma.sql`c.type = ANY(${types}::"CaseType"[])`);
  if (query.assigneeId) {
    parts.push(Prisma.sql`c.id = ANY(ARRAY(
      SELECT a.case_id FROM case_assignments a WHERE a.user_id = ${query.assigneeId}::uuid))`);
  }
  if (query.unassigned !== undefined) {
    const assigned = Prisma.sql`EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id)`;
    parts.push(query.unassigned ? Prisma.sql`NOT ${assigned}` : assigned);
  }
  if (query.flag) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM case_flags f
      WHERE f.case_id = c.id AND f.flag = ${query.flag} AND f.cleared_at IS NULL)`);
  }
  if (query.q) {
    // Written for an index on lower(alias) text_pattern_ops; without it, a scan of people's aliases.
    parts.push(Prisma.sql`(c.reference IN (${query.q}, ${query.q.toUpperCase()})
      OR c.person_id IN (SELECT p.id FROM people p WHERE lower(p.alias) LIKE lower(${prefixPattern(query.q)})))`);
  }
  return parts;
}

export interface CaseRow {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  opened_at: Date;
  updated_at: Date;
  next_deadline_at: Date | null;
  person_id: string;
  alias: string;
  sensitivity: string[];
  lawyer_id: string | null;
  lawyer_name: string | null;
}

/**
 * One keyset page in the given order (by default newest activity first: updated_at DESC, id ASC, the
 * order of the open-case index); `after` is the cursor's condition. The conditions always include one
 * on status, so the WHERE clause is never empty.
 */
export function caseListSql(
  conditions: Prisma.Sql[],
  after: Prisma.Sql | null,
  limit: number,
  sort: CaseSort = 'updated_desc',
): Prisma.Sql {
  const where = after ? [...conditions, after] : conditions;
  // The page is chosen from cases alone; people and lawyers are joined to its rows only.
  return Prisma.sql`
    SELECT c.id::text, c.reference, c.type::text, c.status::text, c.outcome::text, c.opened_at, c.updated_at,
           c.next_deadline_at, p.id::text AS person_id, p.alias, p.sensitivity::text[] AS sensitivity,
           c.lawyer_id::text, l.display_name AS lawyer_name
    FROM (SELECT c.* FROM cases c
          WHERE ${Prisma.join(where, ' AND ')}
          ORDER BY ${caseOrderBy(sort)}
          LIMIT ${limit}) c
    JOIN people p ON p.id = c.person_id
    LEFT JOIN users l ON l.id = c.lawyer_id
    ORDER BY ${caseOrderBy(sort)}`;
}
