import type { IncidentDetail } from '@vigil/contracts';
import { toLocalInput } from './zoned-time';

/**
 * The incident form's state: strings as typed (numbers and dates are converted only when sent), so
 * nothing the user typed is lost when the API refuses a value. Client-safe (types only from contracts).
 */
export interface VictimDraft {
  key: string;
  alias: string;
  category: IncidentDetail['victims'][number]['category'];
  isGroup: boolean;
  count: string;
  ageMin: string;
  ageMax: string;
  minor: boolean;
  woman: boolean;
  family: boolean;
  nationality: string;
  language: string;
}

export interface PerpetratorDraft {
  key: string;
  forceId: string;
  unit: string;
  rioShown: IncidentDetail['perpetrators'][number]['rioShown'];
  rioNumber: string;
  plates: string;
  officerCount: string;
  vehicleCount: string;
  involvement: IncidentDetail['perpetrators'][number]['involvement'];
}

export interface ItemDraft {
  key: string;
  propertyTypeId: string;
  fate: IncidentDetail['acts'][number]['items'][number]['fate'];
  count: string;
}

export interface ActDraft {
  key: string;
  actTypeId: string;
  occurredAt: string;
  description: string;
  injuries: string;
  medicalCertificate: '' | 'yes' | 'no';
  /** One quote per line. */
  quotes: string;
  victimKeys: string[];
  perpetratorKeys: string[];
  items: ItemDraft[];
}

export interface WitnessDraft {
  key: string;
  alias: string;
  willingToTestify: boolean;
  /** null: this reader may not see the contact; it is left as stored. */
  contact: string | null;
}

export interface FollowUpDraft {
  key: string;
  body: IncidentDetail['followUps'][number]['body'];
  date: string;
  reference: string;
  status: IncidentDetail['followUps'][number]['status'];
  outcome: string;
}

export interface IncidentDraft {
  title: string;
  narrative: string;
  startAt: string;
  endAt: string;
  datePrecision: IncidentDetail['datePrecision'];
  siteId: string | null;
  siteName: string | null;
  /** The eviction the violence happened during, when recorded from within it. */
  evictionId: string | null;
  placeText: string;
  commune: string;
  /** null: exact coordinates are hidden from this reader and kept as stored. */
  coordinates: { latitude: string; longitude: string; precisionM: string } | null;
  sourceType: IncidentDetail['sourceType'];
  sourceReliability: IncidentDetail['sourceReliability'];
  status: IncidentDetail['status'];
  victims: VictimDraft[];
  perpetrators: PerpetratorDraft[];
  acts: ActDraft[];
  witnesses: WitnessDraft[];
  followUps: FollowUpDraft[];
}

const text = (value: string | null | undefined) => value ?? '';
const num = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** A new record: only what an observer at dawn must give, the time already set to now. */
export function emptyDraft(now: string): IncidentDraft {
  return {
    title: '',
    narrative: '',
    startAt: now,
    endAt: '',
    datePrecision: 'exact',
    siteId: null,
    siteName: null,
    evictionId: null,
    placeText: '',
    commune: '',
    coordinates: { latitude: '', longitude: '', precisionM: '' },
    sourceType: 'first_hand',
    sourceReliability: 'cannot_be_judged',
    status: 'draft',
    victims: [],
    perpetrators: [],
    acts: [],
    witnesses: [],
    followUps: [],
  };
}

/** Existing rows keep their ids as keys: acts point at them, and witnesses keep hidden contacts. */
export function draftFromDetail(incident: IncidentDetail, timeZone: string): IncidentDraft {
  const { place } = incident;
  const coordinatesShown = place.latitude !== undefined || place.longitude !== undefined;
  return {
    title: incident.title,
    narrative: incident.narrative,
    startAt: toLocalInput(incident.startAt, timeZone),
    endAt: toLocalInput(incident.endAt, timeZone),
    datePrecision: incident.datePrecision,
    siteId: place.site?.id ?? null,
    siteName: place.site ? `${place.site.name} (${place.site.commune})` : null,
    evictionId: incident.evictionId,
    placeText: text(place.placeText),
    commune: text(place.commune),
    coordinates: coordinatesShown
      ? {
          latitude: num(place.latitude),
          longitude: num(place.longitude),
          precisionM: num(place.coordinatePrecisionM),
        }
      : null,
    sourceType: incident.sourceType,
    sourceReliability: incident.sourceReliability,
    status: incident.status,
    victims: incident.victims.map((v) => ({
      key: v.id,
      alias: v.alias,
      category: v.category,
      isGroup: v.isGroup,
      count: String(v.count),
      ageMin: num(v.ageMin),
      ageMax: num(v.ageMax),
      minor: v.minor,
      woman: v.woman,
      family: v.family,
      nationality: text(v.nationality),
      language: text(v.language),
    })),
    perpetrators: incident.perpetrators.map((p) => ({
      key: p.id,
      forceId: p.force.id,
      unit: text(p.unit),
      rioShown: p.rioShown,
      rioNumber: text(p.rioNumber),
      plates: p.vehiclePlates.join(', '),
      officerCount: num(p.officerCount),
      vehicleCount: num(p.vehicleCount),
      involvement: p.involvement,
    })),
    acts: incident.acts.map((a) => ({
      key: a.id,
      actTypeId: a.actType.id,
      occurredAt: toLocalInput(a.occurredAt, timeZone),
      description: a.description,
      injuries: text(a.injuries),
      medicalCertificate: a.medicalCertificate === null ? '' : a.medicalCertificate ? 'yes' : 'no',
      quotes: a.quotes.join('\n'),
      victimKeys: a.victimIds,
      perpetratorKeys: a.perpetratorIds,
      items: a.items.map((item, index) => ({
        key: `${a.id}-${index}`,
        propertyTypeId: item.propertyType.id,
        fate: item.fate,
        count: String(item.count),
      })),
    })),
    witnesses: incident.witnesses.map((w) => ({
      key: w.id,
      alias: w.alias,
      willingToTestify: w.willingToTestify,
      contact: w.contact === undefined ? null : text(w.contact),
    })),
    followUps: incident.followUps.map((f) => ({
      key: f.id,
      body: f.body,
      date: text(f.date),
      reference: text(f.reference),
      status: f.status,
      outcome: text(f.outcome),
    })),
  };
}
