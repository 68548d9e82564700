import type { EvidenceFileDetail } from '@vigil/contracts';
import type { EvidenceFile } from '@vigil/db';
import type { EvidenceFileWithCustody } from './evidence-repository';
import { allowedMedia } from './media-types';

const UNKNOWN_USER = 'Unknown user';

/** The public summary of a file (lists): no custody, no uploader. */
export function toEvidenceFileSummary(file: EvidenceFile) {
  return {
    id: file.id,
    originalName: file.originalName,
    mediaType: file.mediaType,
    sizeBytes: Number(file.sizeBytes),
    sha256: file.sha256,
    uploadedAt: file.uploadedAt,
    hasWorkingCopy: file.workingCopyKey !== null,
  };
}

export function toEvidenceFileView(
  file: EvidenceFileWithCustody,
  names: Map<string, string>,
): EvidenceFileDetail {
  const person = (id: string) => ({ id, displayName: names.get(id) ?? UNKNOWN_USER });
  return {
    ...toEvidenceFileSummary(file),
    incidentId: file.incidentId,
    evictionId: file.evictionId,
    workingCopyType: file.workingCopyType,
    hasMetadata: file.metadataEnc !== null,
    acquiredFrom: file.acquiredFrom,
    acquiredAt: file.acquiredAt,
    uploadedBy: person(file.uploadedById),
    custody: file.custody.map((event) => ({
      id: event.id,
      action: event.action,
      at: event.at,
      actor: event.actorId ? person(event.actorId) : null,
      note: event.note,
    })),
  };
}

/**
 * A download name that is safe in a header and on any disk: ASCII letters, digits, dot, dash and
 * underscore only, with the extension of the detected type (never the one the uploader claimed).
 */
export function safeFilename(originalName: string, mime: string, suffix = ''): string {
  const ext = allowedMedia(mime)?.ext ?? 'bin';
  const base = originalName
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80);
  return `${base || 'evidence'}${suffix}.${ext}`;
}
