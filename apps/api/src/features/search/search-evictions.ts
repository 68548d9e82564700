import type { SearchHit } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import { type EvictionVisibility, evictionConditions } from '../evictions/eviction-filter-sql';
import { listEvictionRows } from '../evictions/evictions-repository';
import { containsPattern, prefixPattern, referenceOf } from './search-text';

/**
 * Evictions by exact reference, or at a site whose name or commune matches, newest first, through
 * the eviction list's own query and visibility (others' drafts only for reviewers). The sites are
 * looked up first (a small table) and passed as a list, so that the planner sees how many there are
 * and reads their evictions through the (site_id, start_at) index; with none, only the reference.
 */
export async function searchEvictions(
  db: DbOrTx,
  visibility: EvictionVisibility,
  q: string,
  limit: number,
): Promise<SearchHit[]> {
  const sites = await sqlOf(db).query<{ id: string }>(Prisma.sql`
    SELECT s.id::text FROM sites s WHERE s.name ILIKE ${containsPattern(q)} OR s.commune ILIKE ${prefixPattern(q)}`);
  const text = Prisma.sql`(e.reference = ${referenceOf(q)} OR e.site_id = ANY(${sites.map((s) => s.id)}::uuid[]))`;
  const where = Prisma.sql`${evictionConditions({}, visibility)} AND ${text}`;
  const rows = await listEvictionRows(db, where, 'start_desc', null, limit);
  return rows.map((row) => ({
    id: row.id,
    label: row.site_name,
    labelFr: null,
    secondary: [row.reference, row.site_commune].join(' · '),
    at: row.start_at,
    badge: row.status === 'draft' ? 'draft' : null,
    path: `/evictions/${row.id}`,
  }));
}
