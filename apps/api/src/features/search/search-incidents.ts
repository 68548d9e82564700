import type { SearchHit } from '@vigil/contracts';
import { type DbOrTx, Prisma } from '@vigil/db';
import { type Visibility, incidentConditions } from '../incidents/incident-filter-sql';
import { type SummaryRow, listIncidentRows } from '../incidents/incident-repository';
import { referenceOf } from './search-text';

const toHit = (row: SummaryRow): SearchHit => ({
  id: row.id,
  label: row.title,
  labelFr: null,
  secondary: [row.reference, row.site_name ?? row.commune].filter(Boolean).join(' · '),
  at: row.start_at,
  badge: row.status === 'draft' ? 'draft' : null,
  path: `/incidents/${row.id}`,
});

/**
 * Incidents by exact reference, then by the words of their title and narrative (the incident list's
 * own full-text filter over search_vector), newest first, through the list's query and visibility:
 * others' drafts stay hidden unless the reader sees every draft. Two lookups, each on its index.
 */
export async function searchIncidents(
  db: DbOrTx,
  visibility: Visibility,
  q: string,
  limit: number,
): Promise<SearchHit[]> {
  const byReference = Prisma.sql`${incidentConditions({}, [], visibility)} AND i.reference = ${referenceOf(q)}`;
  const [exact, byWords] = await Promise.all([
    listIncidentRows(db, byReference, 'start_desc', null, 1),
    listIncidentRows(db, incidentConditions({ q }, [], visibility), 'start_desc', null, limit),
  ]);
  const rows = [...exact, ...byWords.filter((row) => !exact.some((e) => e.id === row.id))];
  return rows.slice(0, limit).map(toHit);
}
