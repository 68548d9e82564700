import { numberOrText as number, orNull } from '@/lib/form-values';
import { fromLocalInput } from '@/lib/incidents/zoned-time';
import type { EvictionDraft, Tri } from './form-model';

const flag = (value: Tri) => (value === '' ? null : value === 'yes');

/**
 * The body for POST/PUT /api/evictions. Rows go in the order shown, even half-filled, so that an API
 * error path (body/forces/1/forceId) points at the row the observer sees.
 */
export function evictionDraftToBody(draft: EvictionDraft, timeZone: string): Record<string, unknown> {
  return {
    siteId: draft.siteId,
    announced: flag(draft.announced),
    announcedHow: orNull(draft.announcedHow),
    startAt: fromLocalInput(draft.startAt, timeZone),
    endAt: draft.endAt.trim() === '' ? null : fromLocalInput(draft.endAt, timeZone),
    bailiffPresent: flag(draft.bailiffPresent),
    otherActors: draft.otherActors
      .split('\n')
      .map((actor) => actor.trim())
      .filter((actor) => actor !== ''),
    legalBasis: draft.legalBasis,
    orderReference: orNull(draft.orderReference),
    peopleAffected: number(draft.peopleAffected),
    minorsAffected: number(draft.minorsAffected),
    shelterOffered: flag(draft.shelterOffered),
    shelterWhere: orNull(draft.shelterWhere),
    shelterAccepted: number(draft.shelterAccepted),
    idChecks: number(draft.idChecks),
    arrests: number(draft.arrests),
    observersPresent: number(draft.observersPresent),
    observersObstructed: flag(draft.observersObstructed),
    observersDetained: flag(draft.observersDetained),
    toldToStopFilming: flag(draft.toldToStopFilming),
    notes: orNull(draft.notes),
    forces: draft.forces.map((f) => ({
      forceId: f.forceId,
      unit: orNull(f.unit),
      officerCount: number(f.officerCount),
      vehicleCount: number(f.vehicleCount),
    })),
    property: draft.property.map((p) => ({
      propertyTypeId: p.propertyTypeId,
      fate: p.fate,
      count: number(p.count) ?? '',
      collectiveOwned: p.collectiveOwned,
    })),
  };
}

/** The API needs a site and a start time before a record exists: until then it stays on the device. */
export function canStartRecord(draft: EvictionDraft): boolean {
  return draft.siteId !== '' && draft.startAt.trim() !== '';
}
