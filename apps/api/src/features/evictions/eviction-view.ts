import type { EvictionDetail } from '@vigil/contracts';
import type { EvictionRecord } from './evictions-repository';

const term = (t: { id: string; code: string; labelEn: string; labelFr: string }) => ({
  id: t.id,
  code: t.code,
  labelEn: t.labelEn,
  labelFr: t.labelFr,
});

export function toEvictionSummary(e: Omit<EvictionRecord, 'forces' | 'property' | 'log' | 'incidents'>) {
  return {
    id: e.id,
    reference: e.reference,
    site: e.site,
    status: e.status,
    startAt: e.startAt,
    endAt: e.endAt,
    legalBasis: e.legalBasis,
    peopleAffected: e.peopleAffected,
    version: e.version,
  };
}

export function toEvictionDetail(e: EvictionRecord, names: Map<string, string>): EvictionDetail {
  const person = (id: string) => ({ id, displayName: names.get(id) ?? 'unknown' });
  return {
    ...toEvictionSummary(e),
    announced: e.announced,
    announcedHow: e.announcedHow,
    bailiffPresent: e.bailiffPresent,
    otherActors: e.otherActors,
    orderReference: e.orderReference,
    minorsAffected: e.minorsAffected,
    shelterOffered: e.shelterOffered,
    shelterWhere: e.shelterWhere,
    shelterAccepted: e.shelterAccepted,
    idChecks: e.idChecks,
    arrests: e.arrests,
    observersPresent: e.observersPresent,
    observersObstructed: e.observersObstructed,
    observersDetained: e.observersDetained,
    toldToStopFilming: e.toldToStopFilming,
    notes: e.notes,
    author: person(e.authorId),
    reviewedBy: e.reviewedById ? person(e.reviewedById) : null,
    reviewedAt: e.reviewedAt,
    forces: e.forces.map((f) => ({
      force: term(f.force),
      unit: f.unit,
      officerCount: f.officerCount,
      vehicleCount: f.vehicleCount,
    })),
    property: e.property.map((p) => ({
      propertyType: term(p.propertyType),
      fate: p.fate,
      count: p.count,
      collectiveOwned: p.collectiveOwned,
    })),
    log: e.log.map((l) => ({
      id: l.id,
      observedAt: l.observedAt,
      enteredAt: l.enteredAt,
      author: names.get(l.authorId) ?? 'unknown',
      text: l.text,
      correctsId: l.correctsId,
    })),
    incidentIds: e.incidents.map((i) => i.id),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
