import type { IncidentDetail, IncidentFilter } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { VocabulariesService } from '../vocabularies/vocabularies-service';
import { type Visibility, incidentConditions } from './incident-filter-sql';
import { findIncidentDetails, listIncidentRows } from './incident-repository';
import { type Disclosure, detailFromRecord } from './incident-view';

/**
 * Every incident matching a filter, oldest first, as full detail views, a batch at a time: exports
 * and dossiers of any size run in bounded memory.
 */
export async function* streamIncidents(
  db: Db,
  vocabularies: VocabulariesService,
  filter: IncidentFilter,
  visibility: Visibility,
  disclosure: Disclosure,
  batchSize = 200,
): AsyncGenerator<IncidentDetail> {
  const where = incidentConditions(
    filter,
    await vocabularies.withDescendants(filter.actTypeId ?? []),
    visibility,
  );
  let cursor: { startAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await listIncidentRows(db, where, 'start_asc', cursor, batchSize);
    if (rows.length === 0) return;
    const records = new Map(
      (
        await findIncidentDetails(
          db,
          rows.map((r) => r.id),
        )
      ).map((r) => [r.id, r]),
    );
    for (const row of rows) {
      const record = records.get(row.id);
      if (record) yield detailFromRecord(record, disclosure);
    }
    const last = rows[rows.length - 1]!;
    cursor = { startAt: last.start_at, id: last.id };
    if (rows.length < batchSize) return;
  }
}
