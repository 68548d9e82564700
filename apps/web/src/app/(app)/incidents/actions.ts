'use server';

import { incidentListQuerySchema, incidentListResponseSchema } from '@vigil/contracts';
import { api } from '@/lib/api/client';
import { filterToRecord, PAGE_SIZE, paramsToSearch, readFilter } from '@/lib/incidents/filter-query';
import { toRows, type IncidentRow } from '@/lib/incidents/rows';
import { labelMap } from '@/lib/incidents/terms';
import { getVocabulary } from '@/lib/incidents/vocabulary';

/** The next keyset page of the list, for "load more". The filter travels as the page's query string. */
export async function loadMoreIncidents(
  queryString: string,
  cursor: string,
): Promise<{ rows: IncidentRow[]; nextCursor: string | null } | { error: true }> {
  const filter = readFilter(paramsToSearch(new URLSearchParams(queryString)));
  const query = { ...filterToRecord(filter), sort: filter.sort, cursor, limit: PAGE_SIZE };
  if (!incidentListQuerySchema.safeParse(query).success) return { error: true };
  const [page, vocabulary] = await Promise.all([
    api('/api/incidents', { schema: incidentListResponseSchema, query }),
    getVocabulary(),
  ]);
  return { rows: await toRows(page.incidents, labelMap(vocabulary)), nextCursor: page.nextCursor };
}
