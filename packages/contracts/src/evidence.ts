import { z } from 'zod';
import { CUSTODY_ACTIONS } from './enums/evidence';
import { dateTime } from './common';
import { evidenceFileSummarySchema } from './incident-views';

/** The optional text fields sent with an upload (multipart fields, before or after the file). */
export const evidenceUploadFieldsSchema = z
  .object({
    /** Who handed the file over, as entered (a pseudonym or an organisation, never a legal name). */
    acquiredFrom: z.string().trim().min(1).max(500).optional(),
    /** When the collective received it, as entered. */
    acquiredAt: dateTime.optional(),
  })
  .strict();
export type EvidenceUploadFields = z.input<typeof evidenceUploadFieldsSchema>;

export const custodyEventSchema = z.object({
  id: z.uuid(),
  action: z.enum(CUSTODY_ACTIONS),
  at: dateTime,
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  note: z.string().nullable(),
});
export type CustodyEventView = z.output<typeof custodyEventSchema>;

/** A file is evidence of one record: an incident or an eviction (the other id is null). */
export const evidenceFileDetailSchema = evidenceFileSummarySchema.extend({
  incidentId: z.uuid().nullable(),
  evictionId: z.uuid().nullable(),
  workingCopyType: z.string().nullable(),
  /** Whether location and device metadata was extracted (readable with evidence.read_original). */
  hasMetadata: z.boolean(),
  acquiredFrom: z.string().nullable(),
  acquiredAt: dateTime.nullable(),
  uploadedBy: z.object({ id: z.uuid(), displayName: z.string() }),
  custody: z.array(custodyEventSchema),
});
export type EvidenceFileDetail = z.output<typeof evidenceFileDetailSchema>;

export const evidenceFileResponseSchema = z.object({ file: evidenceFileDetailSchema });

/** The files of one record (an eviction's, GET /api/evictions/:id/files), oldest first. */
export const evidenceFileListResponseSchema = z.object({ files: z.array(evidenceFileSummarySchema) });

/** Extracted EXIF/GPS/device metadata, grouped by segment (ifd0, exif, gps, …); null when none. */
export const evidenceMetadataResponseSchema = z.object({
  metadata: z.record(z.string(), z.unknown()).nullable(),
});

/** The header carrying an original's SHA-256 (hex) when it is downloaded. */
export const EVIDENCE_SHA256_HEADER = 'x-content-sha256';
