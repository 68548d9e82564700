import { z } from 'zod';
import {
  DATE_PRECISIONS,
  FOLLOW_UP_BODIES,
  FOLLOW_UP_STATUSES,
  INCIDENT_STATUSES,
  INVOLVEMENTS,
  PROPERTY_FATES,
  RIO_SHOWN,
  SOURCE_RELIABILITIES,
  SOURCE_TYPES,
  VERIFICATION_STATUSES,
  VICTIM_CATEGORIES,
} from './enums/incidents';
import { dateTime, calendarDay } from './common';

const text = (max: number) => z.string().trim().max(max);
const shortText = text(200);
const count = z.number().int().min(0).max(100_000);

// ---------- what clients send ----------

/**
 * Victims, perpetrators and witnesses carry a client-chosen `key` so that acts can point at them in
 * the same request ("act 1 was done by perpetrator p1 to victim v2").
 */
const keySchema = z.string().trim().min(1).max(40);

export const victimInputSchema = z.strictObject({
  key: keySchema,
  alias: z.string().trim().min(1).max(120),
  category: z.enum(VICTIM_CATEGORIES).default('person_on_the_move'),
  isGroup: z.boolean().default(false),
  count: z.number().int().min(1).max(100_000).default(1),
  ageMin: z.number().int().min(0).max(120).nullable().optional(),
  ageMax: z.number().int().min(0).max(120).nullable().optional(),
  minor: z.boolean().default(false),
  woman: z.boolean().default(false),
  family: z.boolean().default(false),
  nationality: shortText.nullable().optional(),
  language: shortText.nullable().optional(),
});

export const perpetratorInputSchema = z.strictObject({
  key: keySchema,
  forceId: z.uuid(),
  unit: shortText.nullable().optional(),
  rioShown: z.enum(RIO_SHOWN).default('not_seen'),
  rioNumber: z.string().trim().max(40).nullable().optional(),
  vehiclePlates: z.array(z.string().trim().min(1).max(20)).max(50).default([]),
  officerCount: count.nullable().optional(),
  vehicleCount: count.nullable().optional(),
  involvement: z.enum(INVOLVEMENTS).default('carried_out'),
});

export const actItemInputSchema = z.strictObject({
  propertyTypeId: z.uuid(),
  fate: z.enum(PROPERTY_FATES),
  count: z.number().int().min(1).max(100_000),
});

export const actInputSchema = z.strictObject({
  actTypeId: z.uuid(),
  occurredAt: dateTime.nullable().optional(),
  description: text(10_000).default(''),
  injuries: text(10_000).nullable().optional(),
  medicalCertificate: z.boolean().nullable().optional(),
  quotes: z.array(text(2_000).min(1)).max(50).default([]),
  victimKeys: z.array(keySchema).max(200).default([]),
  perpetratorKeys: z.array(keySchema).max(200).default([]),
  items: z.array(actItemInputSchema).max(50).default([]),
});

export const witnessInputSchema = z.strictObject({
  key: keySchema,
  alias: z.string().trim().min(1).max(120),
  willingToTestify: z.boolean().default(false),
  /** Phone, messaging handle…: encrypted at rest, visible to coordinators and lawyers only. */
  contact: text(500).nullable().optional(),
});

export const followUpInputSchema = z.strictObject({
  body: z.enum(FOLLOW_UP_BODIES),
  date: calendarDay.nullable().optional(),
  reference: shortText.nullable().optional(),
  status: z.enum(FOLLOW_UP_STATUSES).default('drafted'),
  outcome: text(5_000).nullable().optional(),
});

const incidentFields = {
  title: z.string().trim().min(1).max(300),
  narrative: text(100_000).default(''),
  startAt: dateTime,
  endAt: dateTime.nullable().optional(),
  datePrecision: z.enum(DATE_PRECISIONS).default('exact'),
  siteId: z.uuid().nullable().optional(),
  /** Set when the violence happened during an eviction (recorded from within the eviction record). */
  evictionId: z.uuid().nullable().optional(),
  placeText: shortText.nullable().optional(),
  commune: z.string().trim().max(120).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  coordinatePrecisionM: z.number().int().min(1).max(100_000).nullable().optional(),
  sourceType: z.enum(SOURCE_TYPES),
  sourceReliability: z.enum(SOURCE_RELIABILITIES).default('cannot_be_judged'),
  status: z.enum(INCIDENT_STATUSES).default('draft'),
  victims: z.array(victimInputSchema).max(200).default([]),
  perpetrators: z.array(perpetratorInputSchema).max(200).default([]),
  acts: z.array(actInputSchema).max(200).default([]),
  witnesses: z.array(witnessInputSchema).max(100).default([]),
  followUps: z.array(followUpInputSchema).max(50).default([]),
};

/** A minimal draft needs a title, a time and a source; everything else can come later. */
export const createIncidentBodySchema = z.strictObject(incidentFields);
export type CreateIncidentBody = z.input<typeof createIncidentBodySchema>;
export type IncidentInput = z.output<typeof createIncidentBodySchema>;

/** An edit sends the whole record back with the version it was based on (optimistic locking). */
export const updateIncidentBodySchema = z.strictObject({ ...incidentFields, version: z.number().int().min(1) });
export type UpdateIncidentBody = z.input<typeof updateIncidentBodySchema>;

export const reviewIncidentBodySchema = z.strictObject({
  verificationStatus: z.enum(VERIFICATION_STATUSES),
  version: z.number().int().min(1),
});
