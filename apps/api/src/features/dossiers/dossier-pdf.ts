import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { IncidentStats, ManifestPayload } from '@vigil/contracts';
import type { Db, Prisma } from '@vigil/db';
import type { BlobStorage } from '../evidence/storage/blob-storage';
import { type ExportScope, redactForExport } from '../exports/export-redaction';
import { findIncidentDetails, listIncidentRows } from '../incidents/incident-repository';
import { detailFromRecord } from '../incidents/incident-view';
import { type Exhibit, writeExhibits } from './pdf-exhibits';
import { type CoverInfo, writeCover, writeSummary } from './pdf-front';
import { startChronology, writeSection } from './pdf-records';
import { PdfWriter } from './pdf-writer';

export interface DossierPdfInput {
  db: Db;
  storage: BlobStorage;
  key: string;
  where: Prisma.Sql;
  scope: ExportScope;
  stats: IncidentStats;
  cover: CoverInfo;
  onProgress(percent: number): Promise<void>;
}

export interface DossierPdfResult {
  sha256: string;
  sizeBytes: number;
  incidents: ManifestPayload['incidents'];
  files: ManifestPayload['files'];
}

const PAGE = 500;
const DETAIL_BATCH = 100;
// PDFKit does not wait for its reader; past this many unread bytes, let the storage catch up.
const MAX_BUFFERED = 4 * 1024 * 1024;

/**
 * Writes the dossier PDF straight into storage while hashing it. Three passes over the selection
 * (chronology rows, full records, exhibits), each a batch at a time, so memory stays bounded by the
 * batch size plus the manifest's list of ids and hashes. Records are read by the ids the first pass
 * found, so every part of the dossier covers the same set.
 */
export async function writeDossierPdf(input: DossierPdfInput): Promise<DossierPdfResult> {
  const { db, scope } = input;
  const pdf = new PdfWriter(`Vigil dossier ${input.cover.dossierId}`, {
    Title: 'Evidence dossier',
    Subject: `Dossier ${input.cover.dossierId}`,
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
    writeCover(pdf, input.cover, input.stats);
    writeSummary(pdf, input.stats);
    const terms = new Map(
      (await db.vocabularyTerm.findMany({ where: { kind: { in: ['act_type', 'force'] } } })).map((t) => [
        t.id,
        t,
      ]),
    );
    const addRow = startChronology(pdf, terms);
    const ids: string[] = [];
    const expected = Math.max(input.stats.total, 1);
    let cursor: { startAt: Date; id: string } | null = null;
    for (;;) {
      const rows = await listIncidentRows(db, input.where, 'start_asc', cursor, PAGE);
      for (const row of rows) {
        addRow(row);
        ids.push(row.id);
      }
      await drain();
      await input.onProgress(Math.min(20, (20 * ids.length) / expected));
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) break;
      cursor = { startAt: last.start_at, id: last.id };
    }
    if (ids.length === 0) pdf.paragraph('No incident matches this selection.');

    pdf.newPage();
    pdf.heading('Incidents');
    const incidents: DossierPdfResult['incidents'] = [];
    const files: DossierPdfResult['files'] = [];
    const exhibits: Exhibit[] = [];
    const numbers = new Map<string, string>();
    for (let start = 0; start < ids.length; start += DETAIL_BATCH) {
      const batch = ids.slice(start, start + DETAIL_BATCH);
      const records = new Map((await findIncidentDetails(db, batch)).map((r) => [r.id, r]));
      for (const id of batch) {
        const record = records.get(id);
        if (!record) continue;
        const detail = redactForExport(detailFromRecord(record, scope.disclosure), scope);
        for (const file of detail.files) {
          const number = `E-${exhibits.length + 1}`;
          numbers.set(file.id, number);
          exhibits.push({ number, fileId: file.id, incidentReference: detail.reference });
          files.push({ id: file.id, incidentId: detail.id, sha256: file.sha256 });
        }
        writeSection(pdf, detail, (fileId) => numbers.get(fileId) ?? '?');
        incidents.push({
          id: detail.id,
          reference: detail.reference,
          version: detail.version,
          updatedAt: detail.updatedAt.toISOString(),
        });
      }
      await drain();
      await input.onProgress(20 + (65 * (start + batch.length)) / ids.length);
    }

    await writeExhibits(pdf, db, exhibits, scope.memberRef, async (done) => {
      await drain();
      await input.onProgress(85 + (10 * done) / exhibits.length);
    });
    pdf.doc.end();
    await stored;
    if (storeError) throw storeError;
    return { sha256: hash.digest('hex'), sizeBytes, incidents, files };
  } catch (error) {
    // Abandons the half-written object: the storage removes its temporary file.
    tap.destroy(error instanceof Error ? error : new Error(String(error)));
    await stored;
    throw error;
  }
}
