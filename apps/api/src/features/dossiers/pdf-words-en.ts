import type { EnumKind } from '../exports/enum-words';

type Term = { labelEn: string; labelFr: string };
const humanise = (code: string) => code.replace(/_/g, ' ');

/**
 * Every static string of the dossier PDF in English: the table the French one (pdf-words-fr.ts) must
 * match key for key. Records' own text (titles, narratives, names) is never translated; dates stay
 * ISO-like with their zone in both languages.
 */
export const EN = {
  // Vocabulary terms and enum values.
  term: (t: Term) => t.labelEn,
  /** Where a reader may need both (figures, filters): English / French in English. */
  termBoth: (t: Term) => `${t.labelEn} / ${t.labelFr}`,
  word: (_kind: EnumKind, code: string) => humanise(code),
  unknownTerm: 'unknown term',
  sourceLabels: {
    first_hand: 'First-hand observation',
    testimony: 'Testimony',
    // Capitals on purpose: hearsay must never be read as an observed fact (defamation risk).
    hearsay: 'HEARSAY (reported second-hand, not observed)',
    media: 'Media report',
  } as Record<string, string>,
  shortSourceLabels: {
    first_hand: 'Observed',
    testimony: 'Testimony',
    hearsay: 'HEARSAY',
    media: 'Media',
  } as Record<string, string>,
  legalBasis: {
    order_shown: 'order shown',
    // Capitals for the finding lawyers rely on (a 2019 ruling found an eviction unlawful without an order).
    none_shown: 'NO ORDER SHOWN',
    unknown: 'not known',
  } as Record<string, string>,
  // Dates and sizes.
  monthAndDayUnknown: '(month and day unknown)',
  dayUnknown: '(day unknown)',
  about: 'about',
  to: 'to',
  sizeUnits: ['B', 'KB', 'MB', 'GB'],
  decimal: (value: number, digits: number) => value.toFixed(digits),
  notApplicable: 'n/a',
  // The document.
  footer: (dossierId: string) => `Vigil dossier ${dossierId}`,
  documentTitle: 'Evidence dossier',
  subject: (dossierId: string) => `Dossier ${dossierId}`,
  coverTitle: 'EVIDENCE DOSSIER / DOSSIER DE PREUVES',
  incidentRecords: (n: number) => `${n} incident record(s)`,
  evictionRecords: (n: number) => `${n} eviction record(s)`,
  generated: 'Generated',
  instance: 'Instance',
  dossierId: 'Dossier id',
  requestedBy: 'Requested by',
  selection: 'Selection',
  selectionIncidents: 'Selection: incidents',
  selectionEvictions: 'Selection: evictions',
  linkedIncidentsToo: 'and every incident linked to one of the evictions below',
  identities: 'Identities',
  identitiesIncluded:
    'IDENTITIES INCLUDED: this dossier contains witness contact details and other identifying data. ' +
    'Its generation was recorded in the audit log. Keep it confidential and share it only as the case requires.',
  identitiesRedacted:
    'IDENTITIES REDACTED: people appear by pseudonym only; witness contact details, exact coordinates and addresses, ' +
    'nationalities and languages are left out, and members of the collective appear by an account pseudonym.',
  howToRead: 'How to read this dossier',
  howToReadText:
    'Each record states its source (first-hand observation, testimony, hearsay or media) and its verification ' +
    'status (unverified, corroborated, verified). Records are reported as documented by the collective; an ' +
    'unverified record or hearsay is not an established fact. Hearsay is marked in capitals wherever it appears.',
  integrityText:
    'Integrity: the accompanying manifest lists every record (with its version) and every evidence file (with its ' +
    "SHA-256) and the SHA-256 of this PDF, signed with the instance's Ed25519 key. Check it with " +
    '`npm run dossier:verify -- manifest.json dossier.pdf` or the instance endpoint POST /api/dossiers/verify.',
  // Summary figures.
  summaryFigures: 'Summary figures',
  incidents: 'Incidents',
  rioShown: 'Officer ID (RIO) shown',
  rioSummary: (yes: number, no: number, rate: string, notSeen: number) =>
    `shown in ${yes} incident(s), not shown in ${no} (shown rate ${rate}); not seen in ${notSeen}`,
  countsOnce: 'An incident counts once under each act type, force or site it involves.',
  actTypeGroup: 'Act type (group)',
  actType: 'Act type',
  force: 'Force',
  monthUtc: 'Month (UTC)',
  site: 'Site',
  noSite: 'No site recorded',
  commune: 'Commune',
  notRecorded: 'Not recorded',
  // Chronology.
  chronology: 'Chronology',
  date: 'Date',
  reference: 'Reference',
  place: 'Place',
  acts: 'Acts',
  forces: 'Forces',
  sourceVerification: 'Source / verification',
  noRecord: 'No record matches this selection.',
  evictionCell: (basis: string, people: number | null) =>
    `EVICTION (legal basis: ${basis}${people == null ? '' : `, ${people} people`})`,
  observedStatus: (status: string) => `Observed / ${status}`,
  // Incident sections.
  evictions: 'Evictions',
  hearsayWarning: 'HEARSAY: this record reports what others said; nobody from the collective observed it.',
  when: 'When',
  where: 'Where',
  within: (metres: number) => `(within ${metres} m)`,
  source: 'Source',
  reliability: 'reliability',
  verification: 'Verification',
  reviewedBy: (day: string, who: string) => `reviewed ${day} by ${who}`,
  record: 'Record',
  recordLine: (status: string, version: number, changed: string, author: string) =>
    `${status}, version ${version}, last changed ${changed}, recorded by ${author}`,
  act: (n: number) => `Act ${n}`,
  time: 'Time',
  doneTo: 'Done to',
  doneBy: 'Done by',
  description: 'Description',
  injuries: 'Injuries',
  medicalCertificate: '(medical certificate)',
  property: 'Property',
  perpetrators: 'Perpetrators',
  rioShownNumber: (number: string | null) => `RIO shown${number ? ` (${number})` : ''}`,
  rioNotShown: 'RIO not shown',
  rioNotSeen: 'RIO not seen',
  officers: (n: number) => `${n} officer(s)`,
  vehicles: (n: number) => `${n} vehicle(s)`,
  plates: (list: string) => `plates ${list}`,
  victims: 'Victims (pseudonyms)',
  age: (min: string, max: string) => `age ${min}-${max}`,
  victimFlags: { minor: 'minor', woman: 'woman', family: 'family' },
  groupOfAbout: (n: number) => `group of about ${n}`,
  people: (n: number) => `${n} people`,
  witnesses: 'Witnesses (pseudonyms)',
  contact: (value: string) => `contact: ${value}`,
  willing: 'willing to testify',
  notWilling: 'not willing to testify',
  followUps: 'Follow-ups',
  evidenceFiles: 'Evidence files',
  notListed: 'not listed',
  // Eviction sections.
  evictionAt: (site: string) => `Eviction at ${site}`,
  yes: 'yes',
  no: 'no',
  notRecordedLower: 'not recorded',
  announced: 'Announced',
  legalBasisShown: 'Legal basis shown',
  orderReference: (reference: string) => `(reference ${reference})`,
  bailiffPresent: 'Bailiff present',
  otherActors: 'Other actors',
  peopleAffected: 'People affected',
  minors: (n: number) => `(${n} minors)`,
  shelter: 'Shelter',
  offered: 'offered',
  notOffered: 'not offered',
  acceptedBy: (n: number) => `accepted by ${n}`,
  idChecks: 'ID checks',
  arrests: 'Arrests',
  observers: 'Observers',
  observersPresent: (n: number) => `${n} present`,
  obstructed: 'OBSTRUCTED',
  detained: 'DETAINED',
  toldToStopFilming: 'told to stop filming',
  collectiveOwned: "(the collective's own)",
  incidentsDuring: 'Incidents during this eviction',
  inThisDossier: 'its section is in this dossier',
  notInThisDossier: 'not in this dossier',
  observationLog: 'Observation log (times UTC; a correction is a later entry, the original stays)',
  observed: 'Observed',
  entered: 'Entered',
  by: 'By',
  entry: 'Entry',
  corrects: (n: string) => `[corrects #${n}]`,
  // Eviction figures.
  evictionSummary: 'Evictions: summary figures',
  legalBasisLabel: 'Legal basis',
  legalBasisSummary: (none: number, share: string, shown: number, unknown: number) =>
    `no order shown in ${none} (${share}), order shown in ${shown}, not known for ${unknown}`,
  peopleLabel: 'People',
  peopleSummary: (p: {
    affected: number;
    minors: number;
    with: number;
    shelter: number;
    checks: number;
    arrests: number;
  }) =>
    `${p.affected} affected (${p.minors} minors; recorded for ${p.with} evictions), ` +
    `${p.shelter} accepted shelter, ${p.checks} ID checks, ${p.arrests} arrests`,
  intervalLabel: 'Interval between evictions at a site',
  medianHours: (hours: string) => `median ${hours} hours`,
  fate: 'Fate',
  countHeader: 'Count',
  collectiveOwnedHeader: "Collective's own",
  officersHeader: 'Officers',
  vehiclesHeader: 'Vehicles',
  noOrderShown: 'No order shown',
  medianInterval: 'Median interval',
  hours: (hours: string) => `${hours} h`,
  // Exhibits.
  exhibits: 'Exhibits',
  noExhibits: 'No evidence files are attached to these records.',
  system: 'system',
  unknownAccount: 'unknown account',
  typeAndSize: 'Type and size',
  uploaded: 'Uploaded',
  uploadedBy: (at: string, who: string) => `${at} by ${who}`,
  acquired: 'Acquired',
  acquiredFrom: (from: string) => `from ${from}`,
  acquiredOn: (on: string) => `on ${on}`,
  custodyTime: 'Custody: time (UTC)',
  action: 'Action',
  note: 'Note',
  // The selection in words (cover).
  periodBetween: (from: string, to: string) => `Period: from ${from} to ${to} (inclusive)`,
  periodFrom: (from: string) => `Period: from ${from}`,
  periodUntil: (to: string) => `Period: until ${to} (inclusive)`,
  periodAll: 'Period: all dates',
  unknownSite: (id: string) => `unknown site ${id}`,
  unknownTermId: (id: string) => `unknown term ${id}`,
  filter: {
    sites: 'Sites',
    communes: 'Communes',
    forcesPresent: 'Forces present',
    legalBasisShown: 'Legal basis shown',
    recordStatus: 'Record status',
    actTypes: 'Act types (with their sub-types)',
    forces: 'Forces',
    units: 'Units',
    rioShown: 'Officer ID (RIO) shown',
    victimsInclude: 'Victims include all of',
    verificationStatus: 'Verification status',
    sourceTypes: 'Source types',
    followUpStatus: 'Follow-up status',
    textSearch: 'Text search',
  },
  onlyMine: 'Only records written by the requester',
  onlyOthers: 'Only records written by others than the requester',
  withIncidents: 'Only evictions with linked incidents',
  withoutIncidents: 'Only evictions without linked incidents',
  propertyDestroyed: 'Only evictions where property was destroyed',
  noPropertyDestroyed: 'Only evictions where no property was recorded destroyed',
  withMedia: 'Only records with media',
  withoutMedia: 'Only records without media',
};

export type PdfWords = typeof EN;
