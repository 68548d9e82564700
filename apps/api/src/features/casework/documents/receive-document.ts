import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { caseDocumentUploadFieldsSchema } from '@vigil/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../lib/app-error';
import { type AllowedMedia, HashingCounter, MediaSniffer } from '../../evidence/media-types';
import { cleanName, parseFields, readMultipart, tooLarge } from '../../evidence/multipart-parts';
import type { BlobStorage } from '../../evidence/storage/blob-storage';
import { SealingStream } from './document-cipher';

/** Where and how one upload is stored: decided by the service before a byte is read. */
export interface DocumentTarget {
  storageKey: string;
  fileKey: Buffer;
  aad: Buffer;
}

export interface ReceivedDocument {
  title: string;
  media: AllowedMedia;
  /** Of the plaintext, as received. */
  sha256: string;
  sizeBytes: number;
}

const FIELD_NAMES = new Set(['title']);

/**
 * Busboy ends a file cut at the size limit like a complete one, flagging it truncated; failing here,
 * before the end reaches storage, means a cut file is never stored under its key.
 */
class TruncationGuard extends Transform {
  constructor(
    private readonly source: MultipartFile['file'],
    private readonly maxBytes: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.source.truncated ? tooLarge(this.maxBytes) : null);
  }
}

/**
 * Streams the file part through the size guard, the type check and the plaintext hash into the
 * sealing cipher and on into storage: the plaintext touches neither disk nor memory beyond a chunk
 * (and the 64 KiB the type check holds). A refused type or size fails the write, which storage
 * discards; the caller deletes the key on any later failure.
 */
async function storeSealed(
  part: MultipartFile,
  target: DocumentTarget,
  storage: BlobStorage,
  maxBytes: number,
) {
  const sniffer = new MediaSniffer();
  const counter = new HashingCounter();
  const sealer = new SealingStream(target.fileKey, target.aad);
  const [flowed, stored] = await Promise.allSettled([
    pipeline(part.file, new TruncationGuard(part.file, maxBytes), sniffer, counter, sealer),
    storage.put(target.storageKey, sealer),
  ]);
  // The pipeline's failure says why (type, size, client gone); storage only saw the stream die.
  if (flowed.status === 'rejected') throw flowed.reason;
  if (stored.status === 'rejected') throw stored.reason;
  if (!sniffer.detected)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file type could not be recognised');
  return {
    originalName: cleanName(part.filename),
    media: sniffer.detected,
    sha256: counter.digest(),
    sizeBytes: counter.bytes,
  };
}

/** Reads a document upload: one file (field `file`) and an optional `title`, in any order. */
export async function receiveDocument(
  request: FastifyRequest,
  options: { target: DocumentTarget; storage: BlobStorage; maxBytes: number },
): Promise<ReceivedDocument> {
  const { file, fields } = await readMultipart(request, {
    maxBytes: options.maxBytes,
    fieldNames: FIELD_NAMES,
    onFile: (part) => storeSealed(part, options.target, options.storage, options.maxBytes),
  });
  const { title } = parseFields(caseDocumentUploadFieldsSchema, fields);
  const { originalName, ...stored } = file;
  return { title: title ?? originalName, ...stored };
}
