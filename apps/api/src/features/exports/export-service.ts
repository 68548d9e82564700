import { Readable, Transform, pipeline } from 'node:stream';
import type { IncidentDetail, IncidentExportQuery } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import { stringify } from 'csv-stringify';
import type { Actor } from '../../lib/actor';
import type { KeyRing } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import { incidentConditions } from '../incidents/incident-filter-sql';
import type { IncidentsService } from '../incidents/incident-service';
import type { VocabulariesService } from '../vocabularies/vocabularies-service';
import { CSV_COLUMNS, type CsvRow, type TermLabels, csvRow, neutraliseFormula } from './csv-columns';
import { type CsvSourceRow, csvPage } from './csv-query';
import { custodyRecorder } from './export-custody';
import { disclosedFields, exportScope, redactForExport } from './export-redaction';

export type ExportFormat = 'csv' | 'json';

const CSV_PAGE = 2_000;

/** Joins small writes (one per row) into ~64 KB chunks: far fewer socket writes on large exports. */
function coalesce(size = 64 * 1024): Transform {
  let parts: Buffer[] = [];
  let length = 0;
  return new Transform({
    writableObjectMode: true,
    transform(chunk: Buffer | string, _encoding, done) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      parts.push(buffer);
      length += buffer.length;
      if (length < size) return done();
      const out = Buffer.concat(parts, length);
      parts = [];
      length = 0;
      done(null, out);
    },
    flush(done) {
      done(null, length ? Buffer.concat(parts, length) : null);
    },
  });
}

async function* jsonArray(records: AsyncIterable<IncidentDetail>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const record of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/** The generator again, with the item already taken from it put back in front. */
async function* resume<T>(first: IteratorResult<T>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    if (first.done) return;
    yield first.value;
    yield* rest;
  } finally {
    // Closing early (the client went away) still runs the source's clean-up (custody, reads).
    await rest.return(undefined);
  }
}

export type ExportService = ReturnType<typeof createExportService>;

export function createExportService(
  db: Db,
  keys: KeyRing,
  incidents: IncidentsService,
  vocabularies: VocabulariesService,
  audit: AuditService,
) {
  /**
   * Checks the permission, audits the export before the first byte (an aborted download is still on
   * record) and returns the redacted records as a lazy stream, with custody events for their files.
   */
  async function open(actor: Actor, query: IncidentExportQuery, format: ExportFormat) {
    const { includeIdentities = false, ...filter } = query;
    const scope = exportScope(incidents, keys, actor, includeIdentities);
    const count = await incidents.count(actor, filter);
    await audit.byActor(db, actor, {
      action: 'incidents.export',
      entityType: 'incident',
      fields: disclosedFields(scope),
      meta: { format, count, includeIdentities },
    });
    const custody = custodyRecorder(db, {
      actorId: actor.userId,
      requestId: actor.requestId,
      note: `${format.toUpperCase()} export`,
    });
    return { filter, scope, custody };
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
   * Flattened rows for the CSV export, a page of CSV_PAGE incidents per query; the next page is
   * already being read while this one is written out.
   */
  async function* csvRows(actor: Actor, query: IncidentExportQuery): AsyncGenerator<CsvRow> {
    const { filter, scope, custody } = await open(actor, query, 'csv');
    const terms: TermLabels = new Map(
      (
        await db.vocabularyTerm.findMany({
          where: { kind: { in: ['act_type', 'force'] } },
          select: { id: true, code: true, labelEn: true },
        })
      ).map((t) => [t.id, t]),
    );
    const actTypeIds = await vocabularies.withDescendants(filter.actTypeId ?? []);
    const where = incidentConditions(filter, actTypeIds, incidents.visibility(actor));
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
          yield csvRow(row, terms, scope.disclosure);
        }
      }
    } finally {
      await custody.flush();
    }
  }

  return {
    async csv(actor: Actor, query: IncidentExportQuery): Promise<Readable> {
      const rows = csvRows(actor, query);
      // Runs the permission check and the audit entry now, so a refusal is an error answer, not a
      // broken download.
      const first = await rows.next();
      const out = coalesce();
      // A byte-order mark so spreadsheet software reads the accents of French text as UTF-8.
      const csv = stringify({
        header: true,
        bom: true,
        columns: [...CSV_COLUMNS],
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
