import type { DbOrTx, Prisma } from '@vigil/db';
import type { UploadStore } from '../../evidence/orphan-sweep';

/** The storage folder of document blobs (`casework/<document id>`). */
export const DOCUMENTS_PREFIX = 'casework';

export const documentSelect = {
  id: true,
  titleEnc: true,
  mediaType: true,
  sizeBytes: true,
  sha256: true,
  storageKey: true,
  fileKeyEnc: true,
  uploadedById: true,
  uploadedAt: true,
} satisfies Prisma.CaseDocumentSelect;
export type DocumentRow = Prisma.CaseDocumentGetPayload<{ select: typeof documentSelect }>;

export function documentsOfCase(db: DbOrTx, caseId: string) {
  return db.caseDocument.findMany({
    where: { caseId },
    select: documentSelect,
    orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
  });
}

export function findDocument(db: DbOrTx, caseId: string, documentId: string) {
  return db.caseDocument.findFirst({ where: { id: documentId, caseId }, select: documentSelect });
}

/**
 * Document blobs for the startup orphan sweep: `casework/<document id>`, named by case_documents. Their
 * uploads hold this lock from the first sealed byte stored to the row's commit.
 */
export const CASE_DOCUMENT_UPLOADS: UploadStore = {
  lock: 'vigil:case-document-upload',
  prefixes: [DOCUMENTS_PREFIX],
  async namedKeys(db, ids) {
    const rows = await db.caseDocument.findMany({ where: { id: { in: ids } }, select: { storageKey: true } });
    return new Set(rows.map((row) => row.storageKey));
  },
};
