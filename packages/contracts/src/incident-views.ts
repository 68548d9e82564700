import { z } from 'zod';
import { dateTime } from './common';
import * as values from './enums/incidents';

const termRef = z.object({ id: z.uuid(), code: z.string(), labelEn: z.string(), labelFr: z.string() });

export const victimViewSchema = z.object({
  id: z.uuid(),
  alias: z.string(),
  category: z.enum(values.VICTIM_CATEGORIES),
  isGroup: z.boolean(),
  count: z.number().int(),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  minor: z.boolean(),
  woman: z.boolean(),
  family: z.boolean(),
  nationality: z.string().nullable(),
  language: z.string().nullable(),
  /** The casework person this victim is, for readers who reach that person; null otherwise. */
  person: z.object({ id: z.uuid(), alias: z.string() }).nullable(),
});

export const perpetratorViewSchema = z.object({
  id: z.uuid(),
  force: termRef,
  unit: z.string().nullable(),
  rioShown: z.enum(values.RIO_SHOWN),
  rioNumber: z.string().nullable(),
  vehiclePlates: z.array(z.string()),
  officerCount: z.number().int().nullable(),
  vehicleCount: z.number().int().nullable(),
  involvement: z.enum(values.INVOLVEMENTS),
});

export const actViewSchema = z.object({
  id: z.uuid(),
  actType: termRef,
  occurredAt: dateTime.nullable(),
  description: z.string(),
  injuries: z.string().nullable(),
  medicalCertificate: z.boolean().nullable(),
  quotes: z.array(z.string()),
  victimIds: z.array(z.uuid()),
  perpetratorIds: z.array(z.uuid()),
  items: z.array(z.object({ propertyType: termRef, fate: z.enum(values.PROPERTY_FATES), count: z.number().int() })),
});

export const witnessViewSchema = z.object({
  id: z.uuid(),
  alias: z.string(),
  willingToTestify: z.boolean(),
  /** Present only for roles allowed to see witness contacts (and the read is audited). */
  contact: z.string().nullable().optional(),
});

export const followUpViewSchema = z.object({
  id: z.uuid(),
  body: z.enum(values.FOLLOW_UP_BODIES),
  date: z.string().nullable(),
  reference: z.string().nullable(),
  status: z.enum(values.FOLLOW_UP_STATUSES),
  outcome: z.string().nullable(),
});

export const evidenceFileSummarySchema = z.object({
  id: z.uuid(),
  originalName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: dateTime,
  hasWorkingCopy: z.boolean(),
});

const personRef = z.object({ id: z.uuid(), displayName: z.string() });

/** Location as every reader sees it; exact coordinates only with sites.read_exact_location. */
export const incidentPlaceSchema = z.object({
  site: z.object({ id: z.uuid(), name: z.string(), commune: z.string() }).nullable(),
  placeText: z.string().nullable(),
  commune: z.string().nullable(),
  latitude: z.number().nullable().optional(),
  longitude: z.number().nullable().optional(),
  coordinatePrecisionM: z.number().int().nullable().optional(),
});

export const incidentSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(values.INCIDENT_STATUSES),
  title: z.string(),
  startAt: dateTime,
  endAt: dateTime.nullable(),
  datePrecision: z.enum(values.DATE_PRECISIONS),
  place: incidentPlaceSchema,
  sourceType: z.enum(values.SOURCE_TYPES),
  verificationStatus: z.enum(values.VERIFICATION_STATUSES),
  actTypeIds: z.array(z.uuid()),
  forceIds: z.array(z.uuid()),
  victimFlags: z.array(z.string()),
  hasMedia: z.boolean(),
  version: z.number().int(),
  updatedAt: dateTime,
});
export type IncidentSummary = z.output<typeof incidentSummarySchema>;

export const incidentDetailSchema = incidentSummarySchema.extend({
  evictionId: z.uuid().nullable(),
  narrative: z.string(),
  sourceReliability: z.enum(values.SOURCE_RELIABILITIES),
  author: personRef,
  reviewedBy: personRef.nullable(),
  reviewedAt: dateTime.nullable(),
  createdAt: dateTime,
  acts: z.array(actViewSchema),
  victims: z.array(victimViewSchema),
  perpetrators: z.array(perpetratorViewSchema),
  witnesses: z.array(witnessViewSchema),
  followUps: z.array(followUpViewSchema),
  files: z.array(evidenceFileSummarySchema),
});
export type IncidentDetail = z.output<typeof incidentDetailSchema>;

export const incidentResponseSchema = z.object({ incident: incidentDetailSchema });

export const incidentListResponseSchema = z.object({
  incidents: z.array(incidentSummarySchema),
  nextCursor: z.string().nullable(),
});

export const incidentRevisionSchema = z.object({
  version: z.number().int(),
  author: personRef,
  at: dateTime,
  changedFields: z.array(z.string()),
});
export const incidentHistoryResponseSchema = z.object({ revisions: z.array(incidentRevisionSchema) });
