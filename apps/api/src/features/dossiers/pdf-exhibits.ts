import type { DbOrTx } from '@vigil/db';
import { type PdfWords, sizeText } from './pdf-labels';
import type { PdfWriter } from './pdf-writer';

export interface Exhibit {
  number: string;
  fileId: string;
  /** The incident or eviction the file is evidence of. */
  recordReference: string;
}

/**
 * The exhibit list: each file's name, SHA-256, upload and acquisition, and its whole chain of custody,
 * read a batch of files at a time.
 */
export async function writeExhibits(
  pdf: PdfWriter,
  db: DbOrTx,
  exhibits: Exhibit[],
  memberRef: (user: { id: string; displayName: string }) => string,
  onBatch: (done: number) => Promise<void>,
  w: PdfWords,
  batchSize = 200,
): Promise<void> {
  pdf.newPage();
  pdf.heading(w.exhibits);
  if (exhibits.length === 0) pdf.paragraph(w.noExhibits);
  for (let start = 0; start < exhibits.length; start += batchSize) {
    const batch = exhibits.slice(start, start + batchSize);
    const files = await db.evidenceFile.findMany({
      where: { id: { in: batch.map((e) => e.fileId) } },
      include: { custody: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } },
    });
    const userIds = new Set(
      files.flatMap((f) => [f.uploadedById, ...f.custody.flatMap((c) => (c.actorId ? [c.actorId] : []))]),
    );
    const users = await db.user.findMany({
      where: { id: { in: [...userIds] } },
      select: { id: true, displayName: true },
    });
    const member = (id: string | null) => {
      if (!id) return w.system;
      const user = users.find((u) => u.id === id);
      return memberRef(user ?? { id, displayName: w.unknownAccount });
    };
    const byId = new Map(files.map((f) => [f.id, f]));
    for (const exhibit of batch) {
      const file = byId.get(exhibit.fileId);
      if (!file) continue;
      pdf.ensureSpace(90);
      pdf.paragraph(`${exhibit.number} (${exhibit.recordReference}): ${file.originalName}`, { bold: true });
      pdf.field(w.typeAndSize, `${file.mediaType}, ${sizeText(Number(file.sizeBytes), w)}`, 10);
      pdf.field('SHA-256', file.sha256, 10);
      pdf.field(w.uploaded, w.uploadedBy(file.uploadedAt.toISOString(), member(file.uploadedById)), 10);
      pdf.field(
        w.acquired,
        [
          file.acquiredFrom && w.acquiredFrom(file.acquiredFrom),
          file.acquiredAt && w.acquiredOn(file.acquiredAt.toISOString()),
        ]
          .filter(Boolean)
          .join(' '),
        10,
      );
      const add = pdf.table([
        { header: w.custodyTime, width: 120 },
        { header: w.action, width: 110 },
        { header: w.by, width: 100 },
        { header: w.note, width: pdf.width - 330 },
      ]);
      for (const event of file.custody) {
        const action = w.word('custodyAction', event.action);
        add([event.at.toISOString(), action, member(event.actorId), event.note ?? '']);
      }
      pdf.doc.moveDown();
    }
    await onBatch(Math.min(start + batchSize, exhibits.length));
  }
}
