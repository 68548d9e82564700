import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { EvictionStats, IncidentStats, ManifestPayload } from '@vigil/contracts';
import type { Db, Prisma } from '@vigil/db';
import type { BlobStorage } from '../evidence/storage/blob-storage';
import { evictionRecords } from '../exports/eviction-records';
import { type ExportScope, redactForExport } from '../exports/export-redaction';
import { findIncidentDetails } from '../incidents/incident-repository';
import { detailFromRecord } from '../incidents/incident-view';
import { writeChronology } from './pdf-chronology';
import { writeEvictionSummary } from './pdf-eviction-summary';
import { writeEvictionSection } from './pdf-evictions';
import { type Exhibit, writeExhibits } from './pdf-exhibits';
import { type CoverInfo, writeCover, writeSummary } from './pdf-front';
import type { PdfWords } from './pdf-labels';
import { writeSection } from './pdf-records';
import { PdfWriter } from './pdf-writer';

export interface DossierPdfInput {
  db: Db;
  storage: BlobStorage;
  key: string;
  /** The dossier's incidents, over `incidents i`. */
  where: Prisma.Sql;
  /** The incidents the requester may see (linked incidents of an eviction are listed by it). */
  incidentVisible: Prisma.Sql;
  /** The dossier's evictions (over `evictions e`) and their figures; null when it covers none. */
  evictions: { where: Prisma.Sql; stats: EvictionStats } | null;
  scope: ExportScope;
  stats: IncidentStats;
  cover: CoverInfo;
  /** The wording table of the dossier's language. */
  words: PdfWords;
  onProgress(percent: number): Promise<void>;
}

export interface DossierPdfResult {
  sha256: string;
  sizeBytes: number;
  incidents: ManifestPayload['incidents'];
  evictions: NonNullable<ManifestPayload['evictions']>;
  files: ManifestPayload['files'];
}

const DETAIL_BATCH = 100;
// PDFKit does not wait for its reader; past this many unread bytes, let the storage catch up.
const MAX_BUFFERED = 4 * 1024 * 1024;

/**
 * Writes the dossier PDF straight into storage while hashing it. Three passes over the selection
 * (chronology rows, full records, exhibits), each a batch at a time, so memory stays bounded by the
 * batch size plus the manifest's list of ids and hashes. Records are read by the ids the first pass
 * found, so every part of the dossier covers the same set. Incidents come first, then evictions.
 */
export async function writeDossierPdf(input: DossierPdfInput): Promise<DossierPdfResult> {
  const { db, scope, words: w } = input;
  const pdf = new PdfWriter(w.footer(input.cover.dossierId), {
    Title: w.documentTitle,
    Subject: w.subject(input.cover.dossierId),
  });
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  pdf.doc.pipe(tap);
  let storeError: unknown = null;
  const stored = input.storage.put(input.key, tap).catch((error: unknown) => {
    storeError = error;
  });
  const drain = async () => {
    while (pdf.buffered + tap.readableLength > MAX_BUFFERED && !storeError) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (storeError) throw storeError;
  };

  try {
    writeCover(pdf, input.cover, input.stats, w);
    writeSummary(pdf, input.stats, w);
    if (input.evictions) writeEvictionSummary(pdf, input.evictions.stats, w);
    const terms = new Map(
      (await db.vocabularyTerm.findMany({ where: { kind: { in: ['act_type', 'force'] } } })).map((t) => [
        t.id,
        t,
      ]),
    );
    const expected = Math.max(input.stats.total + (input.evictions?.stats.total ?? 0), 1);
    const { incidentIds, evictionIds } = await writeChronology(
      pdf,
      db,
      { incidents: input.where, evictions: input.evictions?.where ?? null },
      terms,
      w,
      async (rows) => {
        await drain();
        await input.onProgress(Math.min(20, (20 * rows) / expected));
      },
    );
    const records = incidentIds.length + evictionIds.length;
    const recordsDone = async (done: number) => {
      await drain();
      await input.onProgress(20 + (65 * done) / Math.max(records, 1));
    };

    const incidents: DossierPdfResult['incidents'] = [];
    const files: DossierPdfResult['files'] = [];
    const exhibits: Exhibit[] = [];
    const numbers = new Map<string, string>();
    const exhibit = (fileId: string, recordReference: string) => {
      const number = `E-${exhibits.length + 1}`;
      numbers.set(fileId, number);
      exhibits.push({ number, fileId, recordReference });
    };
    const exhibitOf = (fileId: string) => numbers.get(fileId) ?? w.notListed;
    if (incidentIds.length) {
      pdf.newPage();
      pdf.heading(w.incidents);
    }
    for (let start = 0; start < incidentIds.length; start += DETAIL_BATCH) {
      const batch = incidentIds.slice(start, start + DETAIL_BATCH);
      const found = new Map((await findIncidentDetails(db, batch)).map((r) => [r.id, r]));
      for (const id of batch) {
        const record = found.get(id);
        if (!record) continue;
        const detail = redactForExport(detailFromRecord(record, scope.disclosure), scope);
        for (const file of detail.files) {
          exhibit(file.id, detail.reference);
          files.push({ id: file.id, incidentId: detail.id, sha256: file.sha256 });
        }
        writeSection(pdf, detail, exhibitOf, w);
        incidents.push({
          id: detail.id,
          reference: detail.reference,
          version: detail.version,
          updatedAt: detail.updatedAt.toISOString(),
        });
      }
      await recordsDone(start + batch.length);
    }

    const evictions: DossierPdfResult['evictions'] = [];
    const inDossier = new Set(incidentIds);
    if (evictionIds.length) {
      pdf.newPage();
      pdf.heading(w.evictions);
    }
    for (let start = 0; start < evictionIds.length; start += DETAIL_BATCH) {
      const batch = evictionIds.slice(start, start + DETAIL_BATCH);
      for (const record of await evictionRecords(db, batch, scope, input.incidentVisible)) {
        for (const file of record.files) {
          exhibit(file.id, record.reference);
          files.push({ id: file.id, evictionId: record.id, sha256: file.sha256 });
        }
        writeEvictionSection(pdf, record, exhibitOf, (id) => inDossier.has(id), w);
        evictions.push({
          id: record.id,
          reference: record.reference,
          version: record.version,
          updatedAt: record.updatedAt.toISOString(),
        });
      }
      await recordsDone(incidentIds.length + start + batch.length);
    }

    await writeExhibits(
      pdf,
      db,
      exhibits,
      scope.memberRef,
      async (done) => {
        await drain();
        await input.onProgress(85 + (10 * done) / exhibits.length);
      },
      w,
    );
    pdf.doc.end();
    await stored;
    if (storeError) throw storeError;
    return { sha256: hash.digest('hex'), sizeBytes, incidents, evictions, files };
  } catch (error) {
    // Abandons the half-written object: the storage removes its temporary file.
    tap.destroy(error instanceof Error ? error : new Error(String(error)));
    await stored;
    throw error;
  }
}
