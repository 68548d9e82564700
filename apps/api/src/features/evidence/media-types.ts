import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../lib/app-error';

export type MediaKind = 'image' | 'video' | 'audio' | 'document';

export interface AllowedMedia {
  mime: string;
  ext: string;
  kind: MediaKind;
}

/**
 * What a collective collects as evidence: phone photos, videos, voice notes and scanned documents.
 * Keys are the MIME types `file-type` reports, so the answer depends on the bytes, never on the name.
 */
const ALLOWED: Record<string, Omit<AllowedMedia, 'mime'>> = {
  'image/jpeg': { ext: 'jpg', kind: 'image' },
  'image/png': { ext: 'png', kind: 'image' },
  'image/webp': { ext: 'webp', kind: 'image' },
  'image/gif': { ext: 'gif', kind: 'image' },
  'image/heic': { ext: 'heic', kind: 'image' },
  'image/heif': { ext: 'heif', kind: 'image' },
  'image/heic-sequence': { ext: 'heic', kind: 'image' },
  'image/heif-sequence': { ext: 'heif', kind: 'image' },
  'video/mp4': { ext: 'mp4', kind: 'video' },
  'video/quicktime': { ext: 'mov', kind: 'video' },
  'video/webm': { ext: 'webm', kind: 'video' },
  'audio/mpeg': { ext: 'mp3', kind: 'audio' },
  'audio/ogg': { ext: 'ogg', kind: 'audio' },
  // Voice notes from messaging apps are Opus in Ogg.
  'audio/ogg; codecs=opus': { ext: 'opus', kind: 'audio' },
  'audio/wav': { ext: 'wav', kind: 'audio' },
  'audio/x-m4a': { ext: 'm4a', kind: 'audio' },
  'audio/mp4': { ext: 'm4a', kind: 'audio' },
  'audio/aac': { ext: 'aac', kind: 'audio' },
  'application/pdf': { ext: 'pdf', kind: 'document' },
};

/** The allowed media for a stored MIME type (used to name downloads); undefined if not allowed. */
export function allowedMedia(mime: string): AllowedMedia | undefined {
  const entry = ALLOWED[mime];
  return entry ? { mime, ...entry } : undefined;
}

/** Enough for every allowed container's signature, including an ID3 tag before MPEG audio. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Passes a stream through unchanged, holding back only its first 64 KiB until the type is known, so a
 * refused type fails before more than that is written anywhere.
 */
export class MediaSniffer extends Transform {
  detected: AllowedMedia | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.detected) return callback(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SAMPLE_BYTES) return callback();
    this.release(callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.detected) return callback();
    this.release(callback);
  }

  private release(callback: TransformCallback): void {
    const sample = Buffer.concat(this.head);
    this.head = [];
    fileTypeFromBuffer(sample).then((result) => {
      const media = result ? allowedMedia(result.mime) : undefined;
      if (!media) {
        return callback(
          new AppError(
            'UNSUPPORTED_MEDIA_TYPE',
            'Only photos, videos, audio recordings and PDF files are accepted',
          ),
        );
      }
      this.detected = media;
      callback(null, sample);
    }, callback);
  }
}

/** Counts and hashes what flows through, for the SHA-256 recorded at reception. */
export class HashingCounter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** SHA-256 and size of a whole stream, read once (re-checks of stored copies). */
export async function hashStream(stream: NodeJS.ReadableStream): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    hash.update(data);
    bytes += data.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
