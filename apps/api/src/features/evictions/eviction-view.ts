import type { EvictionDetail, evictionSummarySchema } from '@vigil/contracts';
import type { z } from 'zod';
import type { EvictionRecord, EvictionSummaryRow } from './evictions-repository';

type EvictionSummary = z.output<typeof evictionSummarySchema>;

const term = (t: { id: string; code: string; labelEn: string; labelFr: string }) => ({
  id: t.id,
  code: t.code,
  labelEn: t.labelEn,
  labelFr: t.labelFr,
});

export function toEvictionSummary(e: Omit<EvictionRecord, 'forces' | 'property' | 'log'>): EvictionSummary {
  return {
    id: e.id,
    reference: e.reference,
    site: e.site,
    status: e.status,
    startAt: e.startAt,
    endAt: e.endAt,
    legalBasis: e.legalBasis,
    peopleAffected: e.peopleAffected,
    incidentCount: e.incidents.length,
    version: e.version,
  };
}

export function summaryFromRow(row: EvictionSummaryRow): EvictionSummary {
  return {
    id: row.id,
    reference: row.reference,
    site: { id: row.site_id, name: row.site_name, commune: row.site_commune },
    status: row.status,
    startAt: row.start_at,
    endAt: row.end_at,
    legalBasis: row.legal_basis,
    peopleAffected: row.people_affected,
    incidentCount: row.incident_count,
    version: row.version,
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
