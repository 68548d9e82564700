import { type DbOrTx, sqlOf } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { NO_EXTRAS, caseExtras } from './case-extras';
import { caseAfterSql, encodeCaseCursor } from './case-list-order';
import { type CaseListQuery, type CaseRow, caseListConditions, caseListSql } from './case-list-sql';
import { summaryFromRow } from './case-view';

/**
 * A page of case summaries: one query for the page, one for assignees, open flags and next deadlines.
 * Nothing is decrypted here: a list shows aliases and coded fields only.
 */
export async function listCases(db: DbOrTx, actor: Actor, query: CaseListQuery) {
  const sort = query.sort ?? 'updated_desc';
  const after = query.cursor ? caseAfterSql(sort, query.cursor) : null;
  const rows = await sqlOf(db).query<CaseRow>(
    caseListSql(caseListConditions(query, actor), after, query.limit + 1, sort),
  );
  const page = rows.slice(0, query.limit);
  const extras = await caseExtras(
    db,
    page.map((row) => row.id),
  );
  const last = page[page.length - 1];
  return {
    cases: page.map((row) => summaryFromRow(row, extras.get(row.id) ?? NO_EXTRAS)),
    nextCursor: rows.length > query.limit && last ? encodeCaseCursor(sort, last) : null,
  };
}
