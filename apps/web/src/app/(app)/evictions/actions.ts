'use server';

import { evictionListQuerySchema } from '@vigil/contracts';
import { evictionFilter, EVICTION_PAGE_SIZE } from '@/lib/evictions/filter-query';
import { fetchEvictionPage, type EvictionRow } from '@/lib/evictions/rows';
import { paramsToSearch } from '@/lib/filters/query-filter';

/** The next keyset page of the eviction list; the filter travels as the page's query string. */
export async function loadMoreEvictions(
  queryString: string,
  cursor: string,
): Promise<{ rows: EvictionRow[]; nextCursor: string | null } | { error: true }> {
  const filter = evictionFilter.read(paramsToSearch(new URLSearchParams(queryString)));
  const query = { ...evictionFilter.toRecord(filter), sort: filter.sort, cursor, limit: EVICTION_PAGE_SIZE };
  if (!evictionListQuerySchema.safeParse(query).success) return { error: true };
  return fetchEvictionPage(query, 'action');
}
