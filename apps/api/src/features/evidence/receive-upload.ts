import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { evidenceUploadFieldsSchema } from '@vigil/contracts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { type AllowedMedia, HashingCounter, MediaSniffer } from './media-types';
import type { Staging } from './upload-staging';

export interface ReceivedFile {
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

/** The name as received, kept for the record: control characters removed, length bounded. */
function cleanName(name: string): string {
  const printable = [...name].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code > 0x1f && code !== 0x7f;
  });
  const cleaned = printable.join('').trim().slice(0, 255);
  return cleaned || 'unnamed';
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${maxBytes} bytes`);
}

/** Streams one file part to a staging file through the type check and the hash, never into memory. */
async function stageFile(part: MultipartFile, staging: Staging, maxBytes: number): Promise<ReceivedFile> {
  const sniffer = new MediaSniffer();
  const counter = new HashingCounter();
  const path = await staging.newPath();
  await pipeline(part.file, sniffer, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
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

function mapMultipartError(error: unknown, maxBytes: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  if (code === 'FST_FILES_LIMIT') return AppError.invalid('body/file', 'Send exactly one file');
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return AppError.invalid('body', 'Too many fields');
  return error;
}

/**
 * Reads the multipart body: one file (field `file`) and the optional fields, in any order. Whatever
 * fails, the staged file is removed by the caller's Staging.cleanup().
 */
export async function receiveUpload(
  request: FastifyRequest,
  staging: Staging,
  maxBytes: number,
): Promise<ReceivedUpload> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data');
  }
  let file: ReceivedFile | undefined;
  const raw: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw AppError.invalid(`body/${part.fieldname}`, 'Send the file in the field named file');
        }
        file = await stageFile(part, staging, maxBytes);
      } else if (FIELD_NAMES.has(part.fieldname) && typeof part.value === 'string') {
        raw[part.fieldname] = part.value;
      } else {
        throw AppError.invalid(`body/${part.fieldname}`, 'Unknown field');
      }
    }
  } catch (error) {
    throw mapMultipartError(error, maxBytes);
  }
  if (!file) throw AppError.invalid('body/file', 'Attach one file');
  const parsed = evidenceUploadFieldsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The request is invalid',
      parsed.error.issues.map((issue) => ({ path: `body/${issue.path.join('/')}`, message: issue.message })),
    );
  }
  return { file, fields: parsed.data };
}
