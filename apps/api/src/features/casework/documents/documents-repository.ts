import type { DbOrTx, Prisma } from '@vigil/db';

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
