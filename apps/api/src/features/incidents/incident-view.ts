import type { IncidentDetail, IncidentSummary } from '@vigil/contracts';
import type { IncidentRecord, SummaryRow } from './incident-repository';

/** What this reader may see beyond the pseudonymous record. */
export interface Disclosure {
  exactLocation: boolean;
  /** Decrypts witness contacts; absent when the reader may not see them. */
  witnessContact?: (sealed: string) => string;
  /** Casework people the reader reaches, by id: the victims linked to them show whom they are. */
  linkedPeople?: ReadonlyMap<string, { id: string; alias: string }>;
}

type Enum<T extends keyof IncidentSummary> = IncidentSummary[T];

function place(
  row: { latitude: number | null; longitude: number | null; coordinatePrecisionM: number | null },
  rest: IncidentSummary['place'],
  disclosure: Disclosure,
): IncidentSummary['place'] {
  if (!disclosure.exactLocation) return rest;
  return {
    ...rest,
    latitude: row.latitude,
    longitude: row.longitude,
    coordinatePrecisionM: row.coordinatePrecisionM,
  };
}

export function summaryFromRow(row: SummaryRow, disclosure: Disclosure): IncidentSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    title: row.title,
    startAt: row.start_at,
    endAt: row.end_at,
    datePrecision: row.date_precision as Enum<'datePrecision'>,
    place: place(
      { latitude: row.latitude, longitude: row.longitude, coordinatePrecisionM: row.coordinate_precision_m },
      {
        site: row.site_id
          ? { id: row.site_id, name: row.site_name ?? '', commune: row.site_commune ?? '' }
          : null,
        placeText: row.place_text,
        commune: row.commune,
      },
      disclosure,
    ),
    sourceType: row.source_type as Enum<'sourceType'>,
    verificationStatus: row.verification_status as Enum<'verificationStatus'>,
    actTypeIds: row.act_type_ids,
    forceIds: row.force_ids,
    victimFlags: row.victim_flags,
    hasMedia: row.has_media,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

const term = (t: { id: string; code: string; labelEn: string; labelFr: string }) => ({
  id: t.id,
  code: t.code,
  labelEn: t.labelEn,
  labelFr: t.labelFr,
});

export function detailFromRecord(r: IncidentRecord, disclosure: Disclosure): IncidentDetail {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    title: r.title,
    evictionId: r.evictionId,
    narrative: r.narrative,
    startAt: r.startAt,
    endAt: r.endAt,
    datePrecision: r.datePrecision,
    place: place(r, { site: r.site, placeText: r.placeText, commune: r.commune }, disclosure),
    sourceType: r.sourceType,
    sourceReliability: r.sourceReliability,
    verificationStatus: r.verificationStatus,
    actTypeIds: r.actTypeIds,
    forceIds: r.forceIds,
    victimFlags: r.victimFlags,
    hasMedia: r.hasMedia,
    version: r.version,
    updatedAt: r.updatedAt,
    createdAt: r.createdAt,
    author: r.author,
    reviewedBy: r.reviewedBy,
    reviewedAt: r.reviewedAt,
    acts: r.acts.map((a) => ({
      id: a.id,
      actType: term(a.actType),
      occurredAt: a.occurredAt,
      description: a.description,
      injuries: a.injuries,
      medicalCertificate: a.medicalCertificate,
      quotes: a.quotes,
      victimIds: a.victims.map((v) => v.victimId),
      perpetratorIds: a.perpetrators.map((p) => p.perpetratorId),
      items: a.items.map((i) => ({ propertyType: term(i.propertyType), fate: i.fate, count: i.count })),
    })),
    victims: r.victims.map(({ incidentId: _i, personId, ...v }) => ({
      ...v,
      person: (personId && disclosure.linkedPeople?.get(personId)) || null,
    })),
    perpetrators: r.perpetrators.map(({ incidentId: _i, forceId: _f, force, ...p }) => ({
      ...p,
      force: term(force),
    })),
    witnesses: r.witnesses.map((w) => ({
      id: w.id,
      alias: w.alias,
      willingToTestify: w.willingToTestify,
      ...(disclosure.witnessContact
        ? { contact: w.contactEnc ? disclosure.witnessContact(w.contactEnc) : null }
        : {}),
    })),
    followUps: r.followUps.map((f) => ({
      id: f.id,
      body: f.body,
      date: f.date ? f.date.toISOString().slice(0, 10) : null,
      reference: f.reference,
      status: f.status,
      outcome: f.outcome,
    })),
    files: r.files.map((f) => ({
      id: f.id,
      originalName: f.originalName,
      mediaType: f.mediaType,
      sizeBytes: Number(f.sizeBytes),
      sha256: f.sha256,
      uploadedAt: f.uploadedAt,
      hasWorkingCopy: f.workingCopyKey !== null,
    })),
  };
}
