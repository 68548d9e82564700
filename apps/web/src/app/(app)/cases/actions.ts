'use server';

import { can, caseListQuerySchema } from '@vigil/contracts';
import { getMe } from '@/lib/auth/current-user';
import { fetchCasePage, type CaseRow } from '@/lib/cases/fetch';
import { caseFilter, caseListQuery } from '@/lib/cases/list-filter';
import { paramsToSearch } from '@/lib/filters/query-filter';

/** The next keyset page of the case list; the filter travels as the page's query string. */
export async function loadMoreCases(
  queryString: string,
  cursor: string,
): Promise<{ rows: CaseRow[]; nextCursor: string | null } | { error: true }> {
  const me = await getMe();
  const filter = caseFilter.read(paramsToSearch(new URLSearchParams(queryString)));
  const query = { ...caseListQuery(filter, can(me.user.role, 'cases.manage_all')), cursor };
  if (!caseListQuerySchema.safeParse(query).success) return { error: true };
  return fetchCasePage(query, 'action');
}
