import { CASE_STATUSES, type CaseStatus, type SearchHit } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { caseListConditions } from '../casework/cases/case-list-sql';
import { prefixPattern } from './search-text';

interface CaseHitRow {
  id: string;
  reference: string;
  status: CaseStatus;
  opened_at: Date;
  alias: string;
}

const hitSelect = Prisma.sql`SELECT c.id::text, c.reference, c.status::text, c.opened_at, p.alias
  FROM cases c JOIN people p ON p.id = c.person_id`;

/**
 * Cases by exact reference or by the start of their person's alias, closed ones included, among the
 * cases the reader reaches: the case list's own conditions (every case with cases.manage_all,
 * otherwise those assigned to the reader or where they are the lawyer). Hits come in alias order so
 * that the planner can pick: walk people_alias_lower_idx and stop after a page (all cases), or start
 * from the reader's own cases (a caseworker's). Only aliases and references are read: nothing sealed
 * is searched or decrypted.
 */
export async function searchCases(db: DbOrTx, actor: Actor, q: string, limit: number): Promise<SearchHit[]> {
  const reach = Prisma.join(
    caseListConditions({ scope: 'all', status: [...CASE_STATUSES], limit }, actor),
    ' AND ',
  );
  const [byReference, byAlias] = await Promise.all([
    sqlOf(db).query<CaseHitRow>(Prisma.sql`${hitSelect}
      WHERE ${reach} AND c.reference IN (${q}, ${q.toUpperCase()})`),
    sqlOf(db).query<CaseHitRow>(Prisma.sql`${hitSelect}
      WHERE ${reach} AND lower(p.alias) LIKE lower(${prefixPattern(q)})
      ORDER BY lower(p.alias) USING ~<~, p.id, c.updated_at DESC
      LIMIT ${limit}`),
  ]);
  const rows = [...byReference, ...byAlias.filter((row) => !byReference.some((r) => r.id === row.id))];
  return rows.slice(0, limit).map((row) => ({
    id: row.id,
    label: row.alias,
    labelFr: null,
    secondary: row.reference,
    at: row.opened_at,
    badge: row.status === 'closed' ? 'closed' : null,
    path: `/cases/${row.id}`,
  }));
}
