import type { IncidentDraft } from './form-model';
import { numberOrText as number, orNull } from '@/lib/form-values';
import { fromLocalInput } from './zoned-time';

/**
 * The request body for POST/PUT /api/incidents. Rows are sent in the order shown, even half-filled,
 * so that the API's error paths (body/acts/2/actTypeId) point at the row the user sees.
 */
export function draftToBody(draft: IncidentDraft, timeZone: string): Record<string, unknown> {
  const at = (value: string) => (value.trim() === '' ? null : fromLocalInput(value, timeZone));
  return {
    title: draft.title,
    narrative: draft.narrative,
    startAt: fromLocalInput(draft.startAt, timeZone),
    endAt: at(draft.endAt),
    datePrecision: draft.datePrecision,
    siteId: draft.siteId,
    evictionId: draft.evictionId,
    placeText: orNull(draft.placeText),
    commune: orNull(draft.commune),
    ...(draft.coordinates
      ? {
          latitude: number(draft.coordinates.latitude),
          longitude: number(draft.coordinates.longitude),
          coordinatePrecisionM: number(draft.coordinates.precisionM),
        }
      : {}),
    sourceType: draft.sourceType,
    sourceReliability: draft.sourceReliability,
    status: draft.status,
    victims: draft.victims.map((v) => ({
      key: v.key,
      alias: v.alias,
      category: v.category,
      isGroup: v.isGroup,
      count: number(v.count) ?? 1,
      ageMin: number(v.ageMin),
      ageMax: number(v.ageMax),
      minor: v.minor,
      woman: v.woman,
      family: v.family,
      nationality: orNull(v.nationality),
      language: orNull(v.language),
    })),
    perpetrators: draft.perpetrators.map((p) => ({
      key: p.key,
      forceId: p.forceId,
      unit: orNull(p.unit),
      rioShown: p.rioShown,
      rioNumber: orNull(p.rioNumber),
      vehiclePlates: p.plates
        .split(/[,;\n]/)
        .map((plate) => plate.trim())
        .filter((plate) => plate !== ''),
      officerCount: number(p.officerCount),
      vehicleCount: number(p.vehicleCount),
      involvement: p.involvement,
    })),
    acts: draft.acts.map((a) => ({
      actTypeId: a.actTypeId,
      occurredAt: at(a.occurredAt),
      description: a.description,
      injuries: orNull(a.injuries),
      medicalCertificate: a.medicalCertificate === '' ? null : a.medicalCertificate === 'yes',
      quotes: a.quotes
        .split('\n')
        .map((quote) => quote.trim())
        .filter((quote) => quote !== ''),
      // Only rows that still exist: a removed victim must not leave a dangling key.
      victimKeys: a.victimKeys.filter((key) => draft.victims.some((v) => v.key === key)),
      perpetratorKeys: a.perpetratorKeys.filter((key) => draft.perpetrators.some((p) => p.key === key)),
      items: a.items.map((item) => ({
        propertyTypeId: item.propertyTypeId,
        fate: item.fate,
        count: number(item.count) ?? '',
      })),
    })),
    witnesses: draft.witnesses.map((w) => ({
      key: w.key,
      alias: w.alias,
      willingToTestify: w.willingToTestify,
      ...(w.contact === null ? {} : { contact: orNull(w.contact) }),
    })),
    followUps: draft.followUps.map((f) => ({
      body: f.body,
      date: orNull(f.date),
      reference: orNull(f.reference),
      status: f.status,
      outcome: orNull(f.outcome),
    })),
  };
}
