import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type Readable, pipeline } from 'node:stream';
import type { Db } from '@vigil/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { allowedMedia } from '../../evidence/media-types';
import { lockUpload } from '../../evidence/orphan-sweep';
import type { BlobStorage } from '../../evidence/storage/blob-storage';
import { storageFailure } from '../../evidence/storage/storage-errors';
import { Staging } from '../../evidence/upload-staging';
import { auditPersonalRead } from '../access/casework-audit';
import { userRefsOf } from '../deadlines/user-refs';
import { assertCasePersonal, assertCaseWritablePersonal } from '../notes/case-personal';
import type { CaseworkVault } from '../vault/vault';
import { OpeningStream, documentAad, newFileKey } from './document-cipher';
import { consentCovers } from '../access/consent-in-force';
import {
  CASE_DOCUMENT_UPLOADS,
  DOCUMENTS_PREFIX,
  type DocumentRow,
  documentsOfCase,
  findDocument,
} from './documents-repository';
import type { DocumentTarget, ReceivedDocument } from './receive-document';
import { type RecordTarget, documentSealedAt as sealedAt, recordDocument } from './record-document';

export interface DocumentsDeps {
  db: Db;
  vault: CaseworkVault;
  storage: BlobStorage;
  /** This process's upload staging folder (shared with evidence uploads). */
  stagingDir: string;
  log: FastifyBaseLogger;
}

export interface OpenedDocument {
  stream: Readable;
  mime: string;
  filename: string;
  sizeBytes: number;
}

const STORE_SCOPE = 'store_documents';
/** Copying a staged blob as large as the upload limit into storage (S3 included) fits in this. */
const STORE_TRANSACTION_MS = 30 * 60_000;

/**
 * Documents of a case, encrypted at rest with a key of their own: the blob in storage is ciphertext,
 * its key and title are sealed in the row. Storing one needs the person's consent to it.
 */
export function createDocumentsService({ db, vault, storage, stagingDir, log }: DocumentsDeps) {
  async function views(rows: DocumentRow[], titles: string[]) {
    const ref = await userRefsOf(
      db,
      rows.map((row) => row.uploadedById),
    );
    return rows.map((row, i) => ({
      id: row.id,
      title: titles[i] ?? '',
      mediaType: row.mediaType,
      sizeBytes: Number(row.sizeBytes),
      sha256: row.sha256,
      uploadedBy: ref(row.uploadedById),
      uploadedAt: row.uploadedAt,
    }));
  }

  async function assertConsent(personId: string) {
    if (await consentCovers(db, personId, STORE_SCOPE)) return;
    throw AppError.conflict(
      `The person's consent in force does not cover storing documents (${STORE_SCOPE})`,
      [{ path: 'consent', message: `${STORE_SCOPE} is not consented to` }],
    );
  }

  /**
   * The store phase, bounded by a copy between local disk and storage, never by the client: one
   * transaction from the first byte stored to the commit, holding the document's upload lock, so the
   * startup sweep removes a blob without a row only once it can take that lock, i.e. once its upload
   * committed, failed or died with its process.
   */
  async function store(actor: Actor, target: RecordTarget, received: ReceivedDocument) {
    try {
      return await db.$transaction(
        async (tx) => {
          await lockUpload(tx, CASE_DOCUMENT_UPLOADS, target.id);
          await storage.put(target.storageKey, createReadStream(received.path));
          return recordDocument(tx, vault, actor, target, received);
        },
        { maxWait: 15_000, timeout: STORE_TRANSACTION_MS },
      );
    } catch (error) {
      await storage
        .delete(target.storageKey)
        .catch((err: unknown) =>
          log.error({ err, documentId: target.id }, 'could not remove a refused document'),
        );
      throw error;
    }
  }

  return {
    /**
     * Checks reach, personal access and consent before reading a byte, then lets `receive` stage the
     * upload, sealed, in this process's staging folder, with no transaction open: a slow client holds
     * no database connection. Only then a short transaction takes the document's upload lock, copies
     * the staged blob into storage and records the row. The staging file goes on every outcome; the
     * stored blob goes if the transaction fails. The answer echoes the title as sent (nothing is
     * decrypted).
     */
    async upload(
      actor: Actor,
      caseId: string,
      receive: (target: DocumentTarget) => Promise<ReceivedDocument>,
    ) {
      const found = await assertCaseWritablePersonal(db, actor, caseId);
      await assertConsent(found.personId);
      const id = randomUUID();
      const fileKey = newFileKey();
      const staging = new Staging(stagingDir);
      try {
        const received = await receive({ staging, fileKey, aad: documentAad(id) });
        const target = {
          id,
          caseId,
          personId: found.personId,
          storageKey: `${DOCUMENTS_PREFIX}/${id}`,
          fileKey,
        };
        const row = await store(actor, target, received);
        return (await views([row], [received.title]))[0]!;
      } catch (error) {
        const failure = storageFailure(error);
        if (!failure) throw error;
        // The client gets the code only; the operator needs the path and the system's reason.
        log.error({ err: error }, 'casework document storage failed');
        throw failure;
      } finally {
        fileKey.fill(0);
        await staging.cleanup();
      }
    },

    /** The documents of a case, oldest first, titles decrypted; one audit entry for the read. */
    async list(actor: Actor, caseId: string) {
      const found = await assertCasePersonal(db, actor, caseId);
      const rows = await documentsOfCase(db, caseId);
      const titles = await Promise.all(
        rows.map((row) => vault.open(sealedAt(row.id, 'title'), row.titleEnc)),
      );
      if (rows.length > 0) {
        await auditPersonalRead(db, actor, {
          personId: found.personId,
          caseId,
          fields: ['document.title'],
          count: rows.length,
        });
      }
      return views(rows, titles);
    },

    /**
     * Opens a document's bytes, decrypting as they stream; the stream fails if the blob does not
     * verify. The read is audited once storage has the blob open, so a logged read could happen.
     */
    async open(actor: Actor, caseId: string, documentId: string): Promise<OpenedDocument> {
      const found = await assertCasePersonal(db, actor, caseId);
      const row = await findDocument(db, caseId, documentId);
      if (!row) throw AppError.notFound('Document');
      const fileKey = Buffer.from(await vault.open(sealedAt(row.id, 'fileKey'), row.fileKeyEnc), 'base64');
      const stored = await storage.get(row.storageKey);
      try {
        await auditPersonalRead(db, actor, {
          personId: found.personId,
          caseId,
          fields: ['document'],
          meta: { documentId },
        });
      } catch (error) {
        stored.destroy();
        throw error;
      }
      const stream = pipeline(stored, new OpeningStream(fileKey, documentAad(row.id)), (err) => {
        if (err) log.error({ err, documentId }, 'a casework document could not be served');
      });
      return {
        stream,
        mime: row.mediaType,
        // Neutral: a title may name the person, and download folders outlive sessions.
        filename: `document-${row.id.slice(0, 8)}.${allowedMedia(row.mediaType)?.ext ?? 'bin'}`,
        sizeBytes: Number(row.sizeBytes),
      };
    },
  };
}
