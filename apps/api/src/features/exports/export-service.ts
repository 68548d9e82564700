import { Readable, pipeline } from 'node:stream';
import type { IncidentDetail, IncidentExportQuery, IncidentFilter } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import { stringify } from 'csv-stringify';
import type pg from 'pg';
import type { Actor } from '../../lib/actor';
import type { KeyRing } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import { incidentConditions } from '../incidents/incident-filter-sql';
import type { IncidentsService } from '../incidents/incident-service';
import type { VocabulariesService } from '../vocabularies/vocabularies-service';
import { CSV_COLUMNS, type CsvRow, type TermLabels, csvRow, neutraliseFormula } from './csv-columns';
import { type CsvSourceRow, csvPage } from './csv-query';
import { headerRow, incidentHeadings } from './csv-headings';
import { INCIDENT_CSV_HEADER, incidentCsvSelect } from './csv-sql';
import { copyCsv, copyCsvLines } from './copy-stream';
import { custodyRecorder, recordExportedCounting } from './export-custody';
import { type ExportScope, disclosedFields, exportScope, redactForExport } from './export-redaction';
import { coalesce, jsonArray, resume } from './export-streams';
import { translatedIncidentCsvSelect } from './translated-csv-sql';

export type ExportFormat = 'csv' | 'json';

const CSV_PAGE = 2_000;

export type ExportService = ReturnType<typeof createExportService>;

export function createExportService(
  db: Db,
  /** Connections for COPY streams (the Prisma adapter's pool does not expose COPY). */
  copyPool: pg.Pool,
  keys: KeyRing,
  incidents: IncidentsService,
  vocabularies: VocabulariesService,
  audit: AuditService,
) {
  /** The export's audit entry: who, which fields were disclosed, how many records. */
  function auditExport(actor: Actor, scope: ExportScope, format: ExportFormat, count: number) {
    return audit.byActor(db, actor, {
      action: 'incidents.export',
      entityType: 'incident',
      fields: disclosedFields(scope),
      meta: { format, count, includeIdentities: scope.includeIdentities },
    });
  }

  const contextOf = (actor: Actor, format: ExportFormat) => ({
    actorId: actor.userId,
    requestId: actor.requestId,
    note: `${format.toUpperCase()} export`,
  });

  /**
   * Checks the permission, audits the export before the first byte (an aborted download is still on
   * record) and returns the redacted records as a lazy stream, with custody events for their files.
   */
  async function open(actor: Actor, query: IncidentExportQuery, format: ExportFormat) {
    const { includeIdentities = false, lang: _lang, ...filter } = query;
    const scope = exportScope(incidents, keys, actor, includeIdentities);
    await auditExport(actor, scope, format, await incidents.count(actor, filter));
    return { filter, scope, custody: custodyRecorder(db, contextOf(actor, format)) };
  }

  async function whereOf(actor: Actor, filter: IncidentFilter) {
    const actTypeIds = await vocabularies.withDescendants(filter.actTypeId ?? []);
    return incidentConditions(filter, actTypeIds, incidents.visibility(actor));
  }

  /**
   * The redacted CSV, streamed by PostgreSQL (COPY) from the stored lines of the matching incidents
   * (English), or in French from the same sources with the words chosen in SQL. One statement counts
   * them for the audit entry and writes the custody events of their files, both before the first byte.
   */
  async function copiedCsv(actor: Actor, query: IncidentExportQuery): Promise<Readable> {
    const { includeIdentities = false, lang, ...filter } = query;
    const scope = exportScope(incidents, keys, actor, includeIdentities);
    const where = await whereOf(actor, filter);
    const count = await recordExportedCounting(db, where, contextOf(actor, 'csv'));
    await auditExport(actor, scope, 'csv', count);
    if (lang === 'en') return copyCsvLines(copyPool, incidentCsvSelect(where), INCIDENT_CSV_HEADER);
    const header = headerRow(CSV_COLUMNS, incidentHeadings(lang));
    return copyCsv(copyPool, translatedIncidentCsvSelect(where, lang), header);
  }

  /** Full detail views for the JSON export (every field of the record, as the API shows it). */
  async function* details(actor: Actor, query: IncidentExportQuery): AsyncGenerator<IncidentDetail> {
    const { filter, scope, custody } = await open(actor, query, 'json');
    try {
      for await (const detail of incidents.stream(actor, filter, scope.disclosure)) {
        if (detail.files.length) await custody.add(detail.files.map((f) => f.id));
        yield redactForExport(detail, scope);
      }
    } finally {
      await custody.flush();
    }
  }

  /**
   * Flattened rows for the CSV export with identities (witness contacts are decrypted here), a page
   * of CSV_PAGE incidents per query; the next page is already being read while this one is written.
   */
  async function* csvRows(actor: Actor, query: IncidentExportQuery): AsyncGenerator<CsvRow> {
    const { filter, scope, custody } = await open(actor, query, 'csv');
    const terms: TermLabels = new Map(
      (
        await db.vocabularyTerm.findMany({
          where: { kind: { in: ['act_type', 'force'] } },
          select: { id: true, code: true, labelEn: true, labelFr: true },
        })
      ).map((t) => [t.id, t]),
    );
    const where = await whereOf(actor, filter);
    let pending: Promise<CsvSourceRow[]> | null = csvPage(db, where, null, CSV_PAGE);
    try {
      while (pending) {
        const rows: CsvSourceRow[] = await pending;
        const last = rows[rows.length - 1];
        pending =
          rows.length === CSV_PAGE && last
            ? csvPage(db, where, { startAt: last.start_at, id: last.id }, CSV_PAGE)
            : null;
        // Not awaited until the loop comes back to it; an abandoned read must not become an unhandled rejection.
        pending?.catch(() => undefined);
        for (const row of rows) {
          if (row.file_ids?.length) await custody.add(row.file_ids);
          yield csvRow(row, terms, scope.disclosure, query.lang);
        }
      }
    } finally {
      await custody.flush();
    }
  }

  return {
    async csv(actor: Actor, query: IncidentExportQuery): Promise<Readable> {
      if (!query.includeIdentities) return copiedCsv(actor, query);
      const rows = csvRows(actor, query);
      // Runs the permission check and the audit entry now, so a refusal is an error answer, not a
      // broken download.
      const first = await rows.next();
      const out = coalesce();
      // A byte-order mark so spreadsheet software reads the accents of French text as UTF-8.
      const headings = incidentHeadings(query.lang);
      const csv = stringify({
        header: true,
        bom: true,
        columns: CSV_COLUMNS.map((key) => ({ key, header: headings[key] })),
        cast: { string: neutraliseFormula },
      });
      // pipeline destroys every stage when the client goes away, which stops the database reads.
      pipeline(Readable.from(resume(first, rows)), csv, out, () => undefined);
      return out;
    },

    async json(actor: Actor, query: IncidentExportQuery): Promise<Readable> {
      const records = details(actor, query);
      const first = await records.next();
      const out = coalesce();
      pipeline(Readable.from(jsonArray(resume(first, records))), out, () => undefined);
      return out;
    },
  };
}
