import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';

/**
 * Reading a one-file multipart upload, shared by evidence files and casework documents: the file
 * part is handed over as it arrives (streamed, never buffered), text fields are collected by name.
 */

/** The name as received, kept for the record: control characters removed, length bounded. */
export function cleanName(name: string): string {
  const printable = [...name].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code > 0x1f && code !== 0x7f;
  });
  const cleaned = printable.join('').trim().slice(0, 255);
  return cleaned || 'unnamed';
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${maxBytes} bytes`);
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
 * Reads the multipart body: one file (field `file`), handed to `onFile` while it streams, and the
 * text fields named in `fieldNames`, in any order. Anything else is refused with its path.
 */
export async function readMultipart<F>(
  request: FastifyRequest,
  options: { maxBytes: number; fieldNames: ReadonlySet<string>; onFile: (part: MultipartFile) => Promise<F> },
): Promise<{ file: F; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data');
  }
  let file: { value: F } | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw AppError.invalid(`body/${part.fieldname}`, 'Send the file in the field named file');
        }
        file = { value: await options.onFile(part) };
      } else if (options.fieldNames.has(part.fieldname) && typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      } else {
        throw AppError.invalid(`body/${part.fieldname}`, 'Unknown field');
      }
    }
  } catch (error) {
    throw mapMultipartError(error, options.maxBytes);
  }
  if (!file) throw AppError.invalid('body/file', 'Attach one file');
  return { file: file.value, fields };
}

/** The collected text fields checked against their schema; a refusal names each field (400). */
export function parseFields<S extends z.ZodType>(schema: S, raw: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AppError(
    'VALIDATION_FAILED',
    'The request is invalid',
    parsed.error.issues.map((issue) => ({ path: `body/${issue.path.join('/')}`, message: issue.message })),
  );
}
