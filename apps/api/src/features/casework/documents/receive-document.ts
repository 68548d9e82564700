import { caseDocumentUploadFieldsSchema } from '@vigil/contracts';
import type { FastifyRequest } from 'fastify';
import type { AllowedMedia } from '../../evidence/media-types';
import { parseFields, readMultipart } from '../../evidence/multipart-parts';
import { stageFile } from '../../evidence/receive-upload';
import type { Staging } from '../../evidence/upload-staging';
import { SealingStream } from './document-cipher';

/** Where and how one upload is staged: decided by the service before a byte is read. */
export interface DocumentTarget {
  staging: Staging;
  fileKey: Buffer;
  aad: Buffer;
}

export interface ReceivedDocument {
  title: string;
  media: AllowedMedia;
  /** Of the plaintext, as received. */
  sha256: string;
  sizeBytes: number;
  /** The staged blob: already sealed, exactly what storage will hold. */
  path: string;
}

const FIELD_NAMES = new Set(['title']);

/**
 * Reads a document upload: one file (field `file`) and an optional `title`, in any order. The file is
 * staged like evidence (type check, plaintext hash and size) but sealed before it reaches the disk:
 * the plaintext touches neither disk nor memory beyond a chunk (and the 64 KiB the type check holds).
 * A refused type or size fails here; the caller's Staging.cleanup() removes the staged file.
 */
export async function receiveDocument(
  request: FastifyRequest,
  options: { target: DocumentTarget; maxBytes: number },
): Promise<ReceivedDocument> {
  const { target, maxBytes } = options;
  const { file, fields } = await readMultipart(request, {
    maxBytes,
    fieldNames: FIELD_NAMES,
    onFile: (part) =>
      stageFile(part, target.staging, maxBytes, new SealingStream(target.fileKey, target.aad)),
  });
  const { title } = parseFields(caseDocumentUploadFieldsSchema, fields);
  const { originalName, ...staged } = file;
  return { title: title ?? originalName, ...staged };
}
