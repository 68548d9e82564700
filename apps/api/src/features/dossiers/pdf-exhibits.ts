import type { DbOrTx } from '@vigil/db';
import { humanise, sizeText } from './pdf-labels';
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
  batchSize = 200,
): Promise<void> {
  pdf.newPage();
  pdf.heading('Exhibits');
  if (exhibits.length === 0) pdf.paragraph('No evidence files are attached to these records.');
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
      if (!id) return 'system';
      const user = users.find((u) => u.id === id);
      return memberRef(user ?? { id, displayName: 'unknown account' });
    };
    const byId = new Map(files.map((f) => [f.id, f]));
    for (const exhibit of batch) {
      const file = byId.get(exhibit.fileId);
      if (!file) continue;
      pdf.ensureSpace(90);
      pdf.paragraph(`${exhibit.number} (${exhibit.recordReference}): ${file.originalName}`, { bold: true });
      pdf.field('Type and size', `${file.mediaType}, ${sizeText(Number(file.sizeBytes))}`, 10);
      pdf.field('SHA-256', file.sha256, 10);
      pdf.field('Uploaded', `${file.uploadedAt.toISOString()} by ${member(file.uploadedById)}`, 10);
      pdf.field(
        'Acquired',
        [
          file.acquiredFrom && `from ${file.acquiredFrom}`,
          file.acquiredAt && `on ${file.acquiredAt.toISOString()}`,
        ]
          .filter(Boolean)
          .join(' '),
        10,
      );
      const w = pdf.width;
      const add = pdf.table([
        { header: 'Custody: time (UTC)', width: 120 },
        { header: 'Action', width: 110 },
        { header: 'By', width: 100 },
        { header: 'Note', width: w - 330 },
      ]);
      for (const event of file.custody) {
        add([event.at.toISOString(), humanise(event.action), member(event.actorId), event.note ?? '']);
      }
      pdf.doc.moveDown();
    }
    await onBatch(Math.min(start + batchSize, exhibits.length));
  }
}
