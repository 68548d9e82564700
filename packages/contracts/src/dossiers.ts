import { z } from 'zod';
import { DOSSIER_STATUSES, EXPORT_LANGUAGES } from './enums/dossiers';
import { dateTime } from './common';
import { evictionFilterFields } from './evictions';
import { incidentFilterSchema } from './incident-filters';

// ---------- statistics (dossier preview, dashboard chart) ----------

const termCount = z.object({
  id: z.uuid(),
  code: z.string(),
  labelEn: z.string(),
  labelFr: z.string(),
  count: z.number().int(),
});

/**
 * Counts of the incidents matching a filter. An incident counts once per act type, force, site… it
 * involves, so the rows of one dimension may add up to more than the total. Months are UTC calendar
 * months, `YYYY-MM`.
 */
export const incidentStatsSchema = z.object({
  total: z.number().int(),
  /** Act types as recorded on acts (usually the leaves of the vocabulary tree). */
  byActType: z.array(termCount.extend({ parentId: z.uuid().nullable() })),
  /** The same incidents grouped under the top-level term of each act type. */
  byActTypeGroup: z.array(termCount),
  byForce: z.array(termCount),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  /** Incidents per month and top-level act type: the dashboard chart. */
  byMonthAndActTypeGroup: z.array(
    z.object({ month: z.string(), actTypeId: z.uuid(), count: z.number().int() }),
  ),
  /** `site: null` counts incidents recorded without a site. */
  bySite: z.array(
    z.object({
      site: z.object({ id: z.uuid(), name: z.string(), commune: z.string() }).nullable(),
      count: z.number().int(),
    }),
  ),
  byCommune: z.array(z.object({ commune: z.string().nullable(), count: z.number().int() })),
  /**
   * Incidents where at least one perpetrator showed their RIO (yes), did not (no), or it was not seen.
   * `shownRate` = yes / (yes + no), null when neither was recorded.
   */
  rio: z.object({
    yes: z.number().int(),
    no: z.number().int(),
    notSeen: z.number().int(),
    shownRate: z.number().nullable(),
  }),
});
export type IncidentStats = z.output<typeof incidentStatsSchema>;
export const incidentStatsResponseSchema = z.object({ stats: incidentStatsSchema });

// ---------- exports ----------

const booleanParam = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

/**
 * The CSV's language: its header row and the words it prints (vocabulary labels, statuses, yes/no).
 * Codes, numbers, dates and free text are the same in both; JSON exports keep their machine keys.
 */
const exportLanguage = z.enum(EXPORT_LANGUAGES).default('en');

/** The incident filter plus `includeIdentities` (needs reports.export_identities) and `lang`. */
export const incidentExportQuerySchema = incidentFilterSchema.extend({
  includeIdentities: booleanParam,
  lang: exportLanguage,
});
export type IncidentExportQuery = z.output<typeof incidentExportQuerySchema>;

/** The eviction list's filter without its paging: what exports and dossiers select evictions by. */
export const evictionFilterSchema = z.strictObject(evictionFilterFields);
export type EvictionFilter = z.output<typeof evictionFilterSchema>;

/**
 * The eviction filter plus `includeIdentities`. Eviction records hold no identities; with it (and
 * sites.read_exact_location) the export also gives the sites' exact locations.
 */
export const evictionExportQuerySchema = evictionFilterSchema.extend({
  includeIdentities: booleanParam,
  lang: exportLanguage,
});
export type EvictionExportQuery = z.output<typeof evictionExportQuerySchema>;

// ---------- dossiers ----------

export const createDossierBodySchema = z.strictObject({
  /** The incident list's query string (`from=…&actTypeId=…`); sort, cursor and limit are ignored. */
  query: z.string().max(8_000),
  /**
   * The eviction list's query string (`siteId=…&from=…`), to cover evictions too; omitted or null,
   * the dossier covers incidents only. An empty string covers every eviction the requester can see.
   */
  evictionQuery: z.string().max(8_000).nullable().optional(),
  includeIdentities: z.boolean().default(false),
  /** The language of the PDF's headings, labels and vocabulary terms; records stay as written. */
  language: z.enum(EXPORT_LANGUAGES).default('en'),
});

export const dossierSchema = z.object({
  id: z.uuid(),
  status: z.enum(DOSSIER_STATUSES),
  progress: z.number().int().min(0).max(100),
  query: z.string(),
  evictionQuery: z.string().nullable(),
  includeIdentities: z.boolean(),
  language: z.enum(EXPORT_LANGUAGES),
  incidentCount: z.number().int().nullable(),
  evictionCount: z.number().int().nullable(),
  pdfSha256: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: dateTime,
  finishedAt: dateTime.nullable(),
  /** When the PDF and manifest are deleted; the dossier then turns `expired` (downloads answer 410). */
  expiresAt: dateTime.nullable(),
});
export type DossierView = z.output<typeof dossierSchema>;
export const dossierResponseSchema = z.object({ dossier: dossierSchema });
export const dossierListResponseSchema = z.object({ dossiers: z.array(dossierSchema) });

export const MANIFEST_FORMAT = 'vigil-dossier-manifest/1';

const manifestRecord = z.object({
  id: z.uuid(),
  reference: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});

/** What the instance signs: every included record and file, and the PDF's hash. */
export const manifestPayloadSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  dossierId: z.uuid(),
  instance: z.string(),
  generatedAt: z.string(),
  query: z.string(),
  /** The eviction filter and the evictions included: present only when the dossier covers evictions. */
  evictionQuery: z.string().nullable().optional(),
  includeIdentities: z.boolean(),
  pdf: z.object({ sha256: z.string(), sizeBytes: z.number().int() }),
  incidents: z.array(manifestRecord),
  evictions: z.array(manifestRecord).optional(),
  /** Each file names the record it is evidence of: an incident or an eviction. */
  files: z.array(
    z.object({
      id: z.uuid(),
      incidentId: z.uuid().optional(),
      evictionId: z.uuid().optional(),
      sha256: z.string(),
    }),
  ),
});
export type ManifestPayload = z.output<typeof manifestPayloadSchema>;

/**
 * The signed manifest: `signature` is Ed25519 over the canonical JSON of `payload` (keys sorted, no
 * spaces), base64; `publicKey` is the signer's key as base64 SPKI DER.
 */
export const signedManifestSchema = z.object({
  // Kept as given (not reshaped by a schema), since the signature covers exactly these bytes.
  payload: z.record(z.string(), z.unknown()),
  signature: z.string().max(200),
  publicKey: z.string().max(200),
});
export type SignedManifest = z.output<typeof signedManifestSchema>;

export const verifyDossierBodySchema = z.strictObject({
  manifest: signedManifestSchema,
  /** The SHA-256 (hex) of the PDF being checked; omitted, only the manifest is checked. */
  pdfSha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .optional(),
});

export const verifyDossierResponseSchema = z.object({
  valid: z.boolean(),
  /** Why the dossier is not valid (empty when it is). */
  reasons: z.array(z.string()),
  /** Whether the manifest was signed by this instance's key. */
  signedByThisInstance: z.boolean(),
  dossierId: z.string().nullable(),
});
export type VerifyDossierResponse = z.output<typeof verifyDossierResponseSchema>;

export const dossierPublicKeyResponseSchema = z.object({
  algorithm: z.literal('Ed25519'),
  /** Base64 SPKI DER, as in manifests. */
  publicKey: z.string(),
  pem: z.string(),
  /** SHA-256 of the DER key, hex: short enough to compare by phone or on paper. */
  fingerprint: z.string(),
});

/** The header carrying a downloaded PDF's SHA-256 (hex). */
export const DOSSIER_SHA256_HEADER = 'x-content-sha256';
