import { createWriteStream } from 'node:fs';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { evidenceUploadFieldsSchema } from '@vigil/contracts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { type AllowedMedia, HashingCounter, MediaSniffer } from './media-types';
import { cleanName, parseFields, readMultipart, tooLarge } from './multipart-parts';
import type { Staging } from './upload-staging';

export interface ReceivedFile {
  /** The staged file: the bytes as received, or as the stage's encoder wrote them. */
  path: string;
  originalName: string;
  media: AllowedMedia;
  sha256: string;
  sizeBytes: number;
}

export interface ReceivedUpload {
  file: ReceivedFile;
  fields: z.output<typeof evidenceUploadFieldsSchema>;
}

const FIELD_NAMES = new Set(['acquiredFrom', 'acquiredAt']);

/**
 * Streams one file part to a staging file through the type check and the hash, never into memory.
 * The type, hash and size are of the bytes as received; `encoder`, when given, transforms them after
 * that and before the disk (casework documents pass their cipher: they never touch disk in clear).
 * A refused or cut file leaves its staging file to the caller's Staging.cleanup().
 */
export async function stageFile(
  part: MultipartFile,
  staging: Staging,
  maxBytes: number,
  encoder?: Transform,
): Promise<ReceivedFile> {
  const sniffer = new MediaSniffer();
  const counter = new HashingCounter();
  const path = await staging.newPath();
  const toDisk = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  await (encoder
    ? pipeline(part.file, sniffer, counter, encoder, toDisk)
    : pipeline(part.file, sniffer, counter, toDisk));
  // Busboy ends a file at the limit without an error; the truncation flag is what says it was cut.
  if (part.file.truncated) throw tooLarge(maxBytes);
  if (!sniffer.detected)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file type could not be recognised');
  return {
    path,
    originalName: cleanName(part.filename),
    media: sniffer.detected,
    sha256: counter.digest(),
    sizeBytes: counter.bytes,
  };
}

/**
 * Reads the multipart body: one file (field `file`) staged to disk and the optional fields, in any
 * order. Whatever fails, the staged file is removed by the caller's Staging.cleanup().
 */
export async function receiveUpload(
  request: FastifyRequest,
  staging: Staging,
  maxBytes: number,
): Promise<ReceivedUpload> {
  const { file, fields: raw } = await readMultipart(request, {
    maxBytes,
    fieldNames: FIELD_NAMES,
    onFile: (part) => stageFile(part, staging, maxBytes),
  });
  return { file, fields: parseFields(evidenceUploadFieldsSchema, raw) };
}
