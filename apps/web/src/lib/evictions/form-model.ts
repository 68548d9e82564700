import type { EvictionDetail } from '@vigil/contracts';
import { toLocalInput } from '@/lib/incidents/zoned-time';

/**
 * The eviction form's state: strings as typed (numbers and dates are converted only when sent), so
 * nothing typed is lost when the API refuses a value, and the whole state can be kept on the device
 * while the network is down. Client-safe (types only from contracts).
 */

/** A yes / no question whose answer may not be known: '' is "not known". */
export type Tri = '' | 'yes' | 'no';

export interface ForceDraft {
  key: string;
  forceId: string;
  unit: string;
  officerCount: string;
  vehicleCount: string;
}

export interface PropertyDraft {
  key: string;
  propertyTypeId: string;
  fate: EvictionDetail['property'][number]['fate'];
  count: string;
  collectiveOwned: boolean;
}

export interface EvictionDraft {
  siteId: string;
  startAt: string;
  endAt: string;
  announced: Tri;
  announcedHow: string;
  bailiffPresent: Tri;
  /** One actor per line ("Prefecture", "Cleaning contractor"). */
  otherActors: string;
  legalBasis: EvictionDetail['legalBasis'];
  orderReference: string;
  peopleAffected: string;
  minorsAffected: string;
  shelterOffered: Tri;
  shelterWhere: string;
  shelterAccepted: string;
  idChecks: string;
  arrests: string;
  observersPresent: string;
  observersObstructed: Tri;
  observersDetained: Tri;
  toldToStopFilming: Tri;
  notes: string;
  forces: ForceDraft[];
  property: PropertyDraft[];
}

export const toTri = (value: boolean | null): Tri => (value === null ? '' : value ? 'yes' : 'no');
const num = (value: number | null) => (value === null ? '' : String(value));
const text = (value: string | null) => value ?? '';

/** A new record at dawn: the time already set to now, the site if the page was opened from one. */
export function emptyEvictionDraft(now: string, siteId = ''): EvictionDraft {
  return {
    siteId,
    startAt: now,
    endAt: '',
    announced: '',
    announcedHow: '',
    bailiffPresent: '',
    otherActors: '',
    legalBasis: 'unknown',
    orderReference: '',
    peopleAffected: '',
    minorsAffected: '',
    shelterOffered: '',
    shelterWhere: '',
    shelterAccepted: '',
    idChecks: '',
    arrests: '',
    observersPresent: '',
    observersObstructed: '',
    observersDetained: '',
    toldToStopFilming: '',
    notes: '',
    forces: [],
    property: [],
  };
}

export function evictionDraftFromDetail(eviction: EvictionDetail, timeZone: string): EvictionDraft {
  return {
    siteId: eviction.site.id,
    startAt: toLocalInput(eviction.startAt, timeZone),
    endAt: toLocalInput(eviction.endAt, timeZone),
    announced: toTri(eviction.announced),
    announcedHow: text(eviction.announcedHow),
    bailiffPresent: toTri(eviction.bailiffPresent),
    otherActors: eviction.otherActors.join('\n'),
    legalBasis: eviction.legalBasis,
    orderReference: text(eviction.orderReference),
    peopleAffected: num(eviction.peopleAffected),
    minorsAffected: num(eviction.minorsAffected),
    shelterOffered: toTri(eviction.shelterOffered),
    shelterWhere: text(eviction.shelterWhere),
    shelterAccepted: num(eviction.shelterAccepted),
    idChecks: num(eviction.idChecks),
    arrests: num(eviction.arrests),
    observersPresent: num(eviction.observersPresent),
    observersObstructed: toTri(eviction.observersObstructed),
    observersDetained: toTri(eviction.observersDetained),
    toldToStopFilming: toTri(eviction.toldToStopFilming),
    notes: text(eviction.notes),
    forces: eviction.forces.map((f, i) => ({
      key: `f-${i}`,
      forceId: f.force.id,
      unit: text(f.unit),
      officerCount: num(f.officerCount),
      vehicleCount: num(f.vehicleCount),
    })),
    property: eviction.property.map((p, i) => ({
      key: `p-${i}`,
      propertyTypeId: p.propertyType.id,
      fate: p.fate,
      count: String(p.count),
      collectiveOwned: p.collectiveOwned,
    })),
  };
}
