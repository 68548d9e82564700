import { Readable, pipeline } from 'node:stream';
import type { EvictionExportQuery } from '@vigil/contracts';
import { type Db, Prisma } from '@vigil/db';
import type pg from 'pg';
import type { Actor } from '../../lib/actor';
import type { KeyRing } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import { evictionConditions, evictionVisibility } from '../evictions/eviction-filter-sql';
import { countEvictionRows, listEvictionRows } from '../evictions/evictions-repository';
import { incidentConditions } from '../incidents/incident-filter-sql';
import type { IncidentsService } from '../incidents/incident-service';
import { copyCsv } from './copy-stream';
import { evictionHeadings, headerRow } from './csv-headings';
import { EVICTION_CSV_COLUMNS, evictionCsvSelect } from './eviction-csv-sql';
import { type EvictionExportRecord, evictionRecords } from './eviction-records';
import { recordExported } from './export-custody';
import { exportScope } from './export-redaction';
import { coalesce, jsonArray, resume } from './export-streams';

const JSON_BATCH = 200;

/** What an eviction export disclosed beyond the record (names of fields, never values). */
const disclosed = (includeIdentities: boolean, exactLocation: boolean) => [
  ...(includeIdentities ? ['members.displayName'] : []),
  ...(exactLocation ? ['site.address', 'site.coordinates'] : []),
];

export type EvictionExportService = ReturnType<typeof createEvictionExportService>;

/**
 * CSV and JSON exports of the evictions matching a filter, the reader's view of them (others' drafts
 * only for reviewers). Eviction records hold no identities of the people evicted; what
 * `includeIdentities` adds is members' names and, with sites.read_exact_location, the exact places.
 */
export function createEvictionExportService(deps: {
  db: Db;
  copyPool: pg.Pool;
  keys: KeyRing;
  incidents: IncidentsService;
  audit: AuditService;
}) {
  const { db } = deps;

  /** Permission check, audit entry and custody events, before the first byte. */
  async function open(actor: Actor, query: EvictionExportQuery, format: 'csv' | 'json') {
    const { includeIdentities = false, lang: _lang, ...filter } = query;
    const scope = exportScope(deps.incidents, deps.keys, actor, includeIdentities);
    const where = evictionConditions(filter, evictionVisibility(actor));
    const { count } = await countEvictionRows(db, where);
    const exactLocation = scope.includeIdentities && scope.disclosure.exactLocation;
    await deps.audit.byActor(db, actor, {
      action: 'evictions.export',
      entityType: 'eviction',
      fields: disclosed(includeIdentities, exactLocation),
      meta: { format, count, includeIdentities },
    });
    await recordExported(
      db,
      Prisma.sql`SELECT ef.id FROM evidence_files ef JOIN evictions e ON e.id = ef.eviction_id WHERE ${where}`,
      { actorId: actor.userId, requestId: actor.requestId, note: `${format.toUpperCase()} eviction export` },
    );
    const incidentVisible = incidentConditions({}, [], deps.incidents.visibility(actor));
    return { where, scope: { ...scope, disclosure: { exactLocation } }, incidentVisible };
  }

  async function* records(actor: Actor, query: EvictionExportQuery): AsyncGenerator<EvictionExportRecord> {
    const { where, scope, incidentVisible } = await open(actor, query, 'json');
    let cursor: { startAt: Date; id: string } | null = null;
    for (;;) {
      const rows = await listEvictionRows(db, where, 'start_asc', cursor, JSON_BATCH);
      yield* await evictionRecords(
        db,
        rows.map((r) => r.id),
        scope,
        incidentVisible,
      );
      const last = rows[rows.length - 1];
      if (!last || rows.length < JSON_BATCH) return;
      cursor = { startAt: last.start_at, id: last.id };
    }
  }

  return {
    async csv(actor: Actor, query: EvictionExportQuery): Promise<Readable> {
      const { where, scope, incidentVisible } = await open(actor, query, 'csv');
      return copyCsv(
        deps.copyPool,
        evictionCsvSelect(where, incidentVisible, scope.disclosure.exactLocation, query.lang),
        headerRow(EVICTION_CSV_COLUMNS, evictionHeadings(query.lang)),
      );
    },

    async json(actor: Actor, query: EvictionExportQuery): Promise<Readable> {
      const source = records(actor, query);
      // Runs the checks and the audit entry now, so a refusal is an error answer.
      const first = await source.next();
      const out = coalesce();
      pipeline(Readable.from(jsonArray(resume(first, source))), out, () => undefined);
      return out;
    },
  };
}
