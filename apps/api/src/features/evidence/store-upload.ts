import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Actor } from '../../lib/actor';
import { encrypt } from '../../lib/secrets';
import type { EvidenceDeps } from './evidence-service';
import {
  type EvidenceOwner,
  attachToOwner,
  insertCustodyEvent,
  insertEvidenceFile,
  ownerColumns,
} from './evidence-repository';
import { hashStream } from './media-types';
import { EVIDENCE_UPLOADS, lockUpload } from './orphan-sweep';
import type { ReceivedUpload } from './receive-upload';
import type { Staging } from './upload-staging';
import { deriveWorkingCopy, extractMetadata } from './working-copy';

const UPLOAD_TRANSACTION_MS = 30 * 60_000;

/**
 * Puts a received, verified upload into storage and records it: the file row, its first custody
 * entry, the record's link (an incident's has-media flag) and the audit entry commit together. If
 * anything fails, what was already written to storage is removed again, so a failed upload leaves no
 * trace; if the process dies instead, the next start's orphan sweep removes it.
 */
export async function storeUpload(
  { db, storage, audit, metadataKey, log }: Omit<EvidenceDeps, 'stagingDir'>,
  actor: Actor,
  owner: EvidenceOwner,
  upload: ReceivedUpload,
  staging: Staging,
): Promise<string> {
  const { file, fields } = upload;
  const id = randomUUID();
  const workingCopy = await deriveWorkingCopy(file.path, file.media, staging);
  const metadata = await extractMetadata(file.path, file.media);
  const originalKey = `originals/${id}`;
  const workingKey = workingCopy ? `working-copies/${id}.${workingCopy.ext}` : null;
  const written: string[] = [];
  try {
    // One transaction from the first byte stored to the commit, holding the file's upload lock: the
    // startup sweep removes a stored file without a row only once it can take that lock, i.e. once
    // its upload committed, failed or died with its process. Generous limits: a 2 GB original is
    // copied and hashed again inside.
    await db.$transaction(
      async (tx) => {
        await lockUpload(tx, EVIDENCE_UPLOADS, id);
        await storage.put(originalKey, createReadStream(file.path));
        written.push(originalKey);
        // Hash the stored copy again: what the chain of custody vouches for is what storage holds.
        const stored = await hashStream(await storage.get(originalKey));
        if (stored.sha256 !== file.sha256 || stored.bytes !== file.sizeBytes) {
          throw new Error('The stored original differs from the received bytes');
        }
        if (workingCopy && workingKey) {
          await storage.put(workingKey, createReadStream(workingCopy.path));
          written.push(workingKey);
        }
        await attachToOwner(tx, owner);
        await insertEvidenceFile(tx, {
          id,
          ...ownerColumns(owner),
          originalName: file.originalName,
          mediaType: file.media.mime,
          sizeBytes: BigInt(file.sizeBytes),
          sha256: file.sha256,
          storageKey: originalKey,
          workingCopyKey: workingKey,
          workingCopyType: workingCopy?.mime ?? null,
          metadataEnc: metadata ? encrypt(metadataKey, metadata) : null,
          acquiredFrom: fields.acquiredFrom ?? null,
          acquiredAt: fields.acquiredAt ?? null,
          uploadedById: actor.userId,
        });
        await insertCustodyEvent(tx, {
          fileId: id,
          actorId: actor.userId,
          action: 'uploaded',
          requestId: actor.requestId,
        });
        await audit.byActor(tx, actor, {
          action: 'evidence.upload',
          entityType: 'evidence_file',
          entityId: id,
          meta: {
            [`${owner.kind}Id`]: owner.id,
            sizeBytes: file.sizeBytes,
            workingCopy: workingCopy !== null,
            metadata: metadata !== null,
          },
        });
      },
      { maxWait: 15_000, timeout: UPLOAD_TRANSACTION_MS },
    );
    return id;
  } catch (error) {
    await Promise.all(
      written.map((key) =>
        storage
          .delete(key)
          .catch((err: unknown) => log.error({ err, fileId: id }, 'could not remove stored evidence')),
      ),
    );
    throw error;
  }
}
