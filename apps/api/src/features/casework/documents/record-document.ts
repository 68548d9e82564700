import type { Tx } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { auditCaseworkChange } from '../access/casework-audit';
import { recordChanges } from '../access/casework-history';
import type { CaseworkVault } from '../vault/vault';
import { documentSelect } from './documents-repository';
import type { ReceivedDocument } from './receive-document';

export const documentSealedAt = (id: string, field: 'title' | 'fileKey') =>
  ({ table: 'case_documents', id, field }) as const;

export interface RecordTarget {
  id: string;
  caseId: string;
  personId: string;
  storageKey: string;
  fileKey: Buffer;
}

/**
 * Records a document whose blob is already stored, inside the upload's store transaction (which holds
 * its upload lock): the row (title and file key sealed), its history entry on the case and its audit
 * entry commit together.
 */
export async function recordDocument(
  tx: Tx,
  vault: CaseworkVault,
  actor: Actor,
  target: RecordTarget,
  received: Omit<ReceivedDocument, 'path'>,
) {
  const { id, caseId, personId, storageKey, fileKey } = target;
  const row = await tx.caseDocument.create({
    data: {
      id,
      caseId,
      titleEnc: vault.seal(documentSealedAt(id, 'title'), received.title),
      mediaType: received.media.mime,
      sizeBytes: BigInt(received.sizeBytes),
      sha256: received.sha256,
      storageKey,
      fileKeyEnc: vault.seal(documentSealedAt(id, 'fileKey'), fileKey.toString('base64')),
      uploadedById: actor.userId,
    },
    select: documentSelect,
  });
  await recordChanges(tx, actor, { caseId, action: 'document.add' }, [
    { field: 'document', oldValue: null, newValue: null },
  ]);
  await auditCaseworkChange(tx, actor, {
    action: 'casework.document_add',
    personId,
    caseId,
    fields: ['document'],
    meta: { documentId: id, sizeBytes: received.sizeBytes },
  });
  return row;
}
