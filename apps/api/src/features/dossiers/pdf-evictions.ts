import type { EvictionExportRecord } from '../exports/eviction-records';
import { humanise, whenText } from './pdf-labels';
import type { PdfWriter } from './pdf-writer';

const yesNo = (value: boolean | null, yes = 'yes', no = 'no') =>
  value === null ? 'not recorded' : value ? yes : no;

// Capitals for the finding lawyers rely on (a 2019 ruling found an eviction unlawful without an order).
export const LEGAL_BASIS_LABELS: Record<string, string> = {
  order_shown: 'order shown',
  none_shown: 'NO ORDER SHOWN',
  unknown: 'not known',
};

function place(e: EvictionExportRecord): string {
  const { area, address, latitude, longitude } = e.siteLocation;
  const exact =
    latitude != null && longitude != null ? `${latitude.toFixed(5)}, ${longitude.toFixed(5)}` : null;
  return [e.site.name, e.site.commune, area, address, exact].filter(Boolean).join(', ');
}

/** One eviction: the record, forces, people, property, the observation log, linked incidents, files. */
export function writeEvictionSection(
  pdf: PdfWriter,
  e: EvictionExportRecord,
  exhibitOf: (fileId: string) => string,
  inDossier: (incidentId: string) => boolean,
): void {
  pdf.ensureSpace(160);
  pdf.heading(`${e.reference} - Eviction at ${e.site.name}`, 13);
  pdf.field('When', whenText(e.startAt, 'exact') + (e.endAt ? ` to ${whenText(e.endAt, 'exact')}` : ''));
  pdf.field('Where', place(e));
  pdf.field(
    'Announced',
    e.announced ? `yes${e.announcedHow ? ` (${e.announcedHow})` : ''}` : yesNo(e.announced),
  );
  pdf.field(
    'Legal basis shown',
    LEGAL_BASIS_LABELS[e.legalBasis] + (e.orderReference ? ` (reference ${e.orderReference})` : ''),
  );
  pdf.field('Bailiff present', yesNo(e.bailiffPresent));
  pdf.field('Other actors', e.otherActors.join(', '));
  for (const f of e.forces) {
    const counts = [
      f.officerCount != null && `${f.officerCount} officer(s)`,
      f.vehicleCount != null && `${f.vehicleCount} vehicle(s)`,
    ];
    pdf.field(
      'Force',
      [`${f.force.labelEn} / ${f.force.labelFr}`, f.unit, ...counts].filter(Boolean).join('; '),
    );
  }
  pdf.field(
    'People affected',
    e.peopleAffected == null
      ? null
      : `${e.peopleAffected}${e.minorsAffected != null ? ` (${e.minorsAffected} minors)` : ''}`,
  );
  pdf.field(
    'Shelter',
    e.shelterOffered
      ? `offered${e.shelterWhere ? ` (${e.shelterWhere})` : ''}${e.shelterAccepted != null ? `, accepted by ${e.shelterAccepted}` : ''}`
      : yesNo(e.shelterOffered, 'offered', 'not offered'),
  );
  pdf.field('ID checks', e.idChecks);
  pdf.field('Arrests', e.arrests);
  const observers = [
    e.observersPresent != null && `${e.observersPresent} present`,
    e.observersObstructed && 'OBSTRUCTED',
    e.observersDetained && 'DETAINED',
    e.toldToStopFilming && 'told to stop filming',
  ].filter(Boolean);
  pdf.field('Observers', observers.join('; '));
  pdf.field(
    'Property',
    e.property
      .map(
        (p) =>
          `${p.count} ${p.propertyType.labelEn} ${p.fate}${p.collectiveOwned ? " (the collective's own)" : ''}`,
      )
      .join(', '),
  );
  pdf.field(
    'Record',
    `${e.status}, version ${e.version}, last changed ${e.updatedAt.toISOString()}, recorded by ${e.author.displayName}` +
      (e.reviewedBy && e.reviewedAt
        ? `; reviewed ${e.reviewedAt.toISOString().slice(0, 10)} by ${e.reviewedBy.displayName}`
        : ''),
  );
  if (e.notes) pdf.paragraph(e.notes);
  writeLog(pdf, e);
  if (e.linkedIncidents.length) pdf.paragraph('Incidents during this eviction', { bold: true });
  for (const i of e.linkedIncidents) {
    const where = inDossier(i.id) ? 'its section is in this dossier' : 'not in this dossier';
    pdf.paragraph(`- ${i.reference} (${whenText(i.startAt, 'exact')}): ${i.title} - ${where}`);
  }
  if (e.files.length) pdf.paragraph('Evidence files', { bold: true });
  for (const f of e.files)
    pdf.paragraph(`- ${exhibitOf(f.id)}: ${f.originalName} (SHA-256 ${f.sha256})`, { size: 8 });
  pdf.doc.moveDown();
}

/** The append-only log as recorded: time observed, time entered, and what each correction corrects. */
function writeLog(pdf: PdfWriter, e: EvictionExportRecord): void {
  if (e.log.length === 0) return;
  pdf.paragraph('Observation log (times UTC; a correction is a later entry, the original stays)', {
    bold: true,
  });
  const number = new Map(e.log.map((entry, i) => [entry.id, i + 1]));
  const w = pdf.width;
  const add = pdf.table([
    { header: '#', width: 25 },
    { header: 'Observed', width: 85 },
    { header: 'Entered', width: 85 },
    { header: 'By', width: 80 },
    { header: 'Entry', width: w - 275 },
  ]);
  for (const entry of e.log) {
    const corrects = entry.correctsId ? `[corrects #${number.get(entry.correctsId) ?? '?'}] ` : '';
    add([
      String(number.get(entry.id)),
      entry.observedAt.toISOString().slice(0, 16).replace('T', ' '),
      entry.enteredAt.toISOString().slice(0, 16).replace('T', ' '),
      entry.author,
      `${corrects}${entry.text}`,
    ]);
  }
  pdf.doc.moveDown(0.5);
}

/** The chronology cells of an eviction (the same columns as an incident's). */
export function evictionChronologyCells(
  row: {
    start_at: Date;
    reference: string;
    site_name: string;
    site_commune: string;
    legal_basis: string;
    people_affected: number | null;
    status: string;
  },
  forces: string,
): string[] {
  const people = row.people_affected == null ? '' : `, ${row.people_affected} people`;
  return [
    whenText(row.start_at, 'exact').replace(' UTC', ''),
    row.reference,
    `${row.site_name}, ${row.site_commune}`,
    `EVICTION (legal basis: ${LEGAL_BASIS_LABELS[row.legal_basis] ?? row.legal_basis}${people})`,
    forces,
    `Observed / ${humanise(row.status)}`,
  ];
}
