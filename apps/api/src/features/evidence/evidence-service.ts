import type { Readable } from 'node:stream';
import type { CustodyAction } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import { decrypt } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import {
  type EvidenceOwner,
  displayNamesOf,
  filesOf,
  findEvidenceFile,
  findEvidenceFileWithCustody,
  insertCustodyEvent,
  ownerVisible,
} from './evidence-repository';
import { safeFilename, toEvidenceFileSummary, toEvidenceFileView } from './evidence-view';
import type { ReceivedUpload } from './receive-upload';
import type { BlobStorage } from './storage/blob-storage';
import { storageFailure } from './storage/storage-errors';
import { storeUpload } from './store-upload';
import { Staging } from './upload-staging';

export interface EvidenceDeps {
  db: Db;
  storage: BlobStorage;
  audit: AuditService;
  /** Encrypts the extracted metadata (GPS, device): restricted like the original. */
  metadataKey: Buffer;
  stagingDir: string;
  log: FastifyBaseLogger;
}

export interface OpenedFile {
  stream: Readable;
  mime: string;
  filename: string;
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;

const OWNER_NAMES = { incident: 'Incident', eviction: 'Eviction' } as const;

export function createEvidenceService({ db, storage, audit, metadataKey, stagingDir, log }: EvidenceDeps) {
  async function mustFind(id: string) {
    const file = await findEvidenceFile(db, id);
    if (!file) throw AppError.notFound('File');
    return file;
  }

  async function view(id: string) {
    const file = await findEvidenceFileWithCustody(db, id);
    if (!file) throw AppError.notFound('File');
    const names = await displayNamesOf(db, [
      file.uploadedById,
      ...file.custody.flatMap((e) => e.actorId ?? []),
    ]);
    return toEvidenceFileView(file, names);
  }

  /** Opens the bytes first, then records custody, so a logged read is one that could happen. */
  async function openWithCustody(actor: Actor, fileId: string, key: string, action: CustodyAction) {
    const stream = await storage.get(key);
    try {
      await db.$transaction(async (tx) => {
        await insertCustodyEvent(tx, { fileId, actorId: actor.userId, action, requestId: actor.requestId });
        if (action === 'downloaded_original') {
          await audit.byActor(tx, actor, {
            action: 'evidence.original_download',
            entityType: 'evidence_file',
            entityId: fileId,
          });
        }
      });
    } catch (error) {
      stream.destroy();
      throw error;
    }
    return stream;
  }

  return {
    /**
     * Receives a file for a record (an incident or an eviction). `receive` streams the request body
     * into the staging folder; whatever happens (refusal, failure, client abort) the staging files are
     * removed afterwards. The record is checked first, so nothing is read for a missing one.
     */
    async upload(actor: Actor, owner: EvidenceOwner, receive: (staging: Staging) => Promise<ReceivedUpload>) {
      if (!(await ownerVisible(db, actor, owner))) throw AppError.notFound(OWNER_NAMES[owner.kind]);
      const staging = new Staging(stagingDir);
      try {
        const upload = await receive(staging);
        return view(
          await storeUpload({ db, storage, audit, metadataKey, log }, actor, owner, upload, staging),
        );
      } catch (error) {
        const failure = storageFailure(error);
        if (!failure) throw error;
        // The client gets the code only; the operator needs the path and the system's reason.
        log.error({ err: error }, 'evidence storage failed');
        throw failure;
      } finally {
        await staging.cleanup();
      }
    },

    get: view,

    /** The files of a record the actor can see, oldest first. */
    async list(actor: Actor, owner: EvidenceOwner) {
      if (!(await ownerVisible(db, actor, owner))) throw AppError.notFound(OWNER_NAMES[owner.kind]);
      return (await filesOf(db, owner)).map(toEvidenceFileSummary);
    },

    async openWorkingCopy(actor: Actor, id: string): Promise<OpenedFile> {
      const file = await mustFind(id);
      if (!file.workingCopyKey || !file.workingCopyType) {
        throw new AppError('NOT_FOUND', 'This file has no working copy; only the original exists');
      }
      return {
        stream: await openWithCustody(actor, id, file.workingCopyKey, 'viewed'),
        mime: file.workingCopyType,
        filename: safeFilename(file.originalName, file.workingCopyType, '-working-copy'),
      };
    },

    async openOriginal(
      actor: Actor,
      id: string,
    ): Promise<OpenedFile & { sha256: string; sizeBytes: number }> {
      const file = await mustFind(id);
      return {
        stream: await openWithCustody(actor, id, file.storageKey, 'downloaded_original'),
        mime: file.mediaType,
        filename: safeFilename(file.originalName, file.mediaType),
        sha256: file.sha256,
        sizeBytes: Number(file.sizeBytes),
      };
    },

    async readMetadata(actor: Actor, id: string): Promise<Record<string, unknown> | null> {
      const file = await mustFind(id);
      await audit.byActor(db, actor, {
        action: 'evidence.metadata_read',
        entityType: 'evidence_file',
        entityId: id,
        fields: ['metadata'],
      });
      return file.metadataEnc
        ? (JSON.parse(decrypt(metadataKey, file.metadataEnc)) as Record<string, unknown>)
        : null;
    },
  };
}
