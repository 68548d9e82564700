import type { EvictionExportRecord } from '../exports/eviction-records';
import { type PdfWords, whenText } from './pdf-labels';
import type { PdfWriter } from './pdf-writer';

const yesNo = (w: PdfWords, value: boolean | null, yes = w.yes, no = w.no) =>
  value === null ? w.notRecordedLower : value ? yes : no;

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
  w: PdfWords,
): void {
  const when = (at: Date) => whenText(at, 'exact', w);
  pdf.ensureSpace(160);
  pdf.heading(`${e.reference} - ${w.evictionAt(e.site.name)}`, 13);
  pdf.field(w.when, when(e.startAt) + (e.endAt ? ` ${w.to} ${when(e.endAt)}` : ''));
  pdf.field(w.where, place(e));
  pdf.field(
    w.announced,
    e.announced ? `${w.yes}${e.announcedHow ? ` (${e.announcedHow})` : ''}` : yesNo(w, e.announced),
  );
  pdf.field(
    w.legalBasisShown,
    (w.legalBasis[e.legalBasis] ?? e.legalBasis) +
      (e.orderReference ? ` ${w.orderReference(e.orderReference)}` : ''),
  );
  pdf.field(w.bailiffPresent, yesNo(w, e.bailiffPresent));
  pdf.field(w.otherActors, e.otherActors.join(', '));
  for (const f of e.forces) {
    const counts = [
      f.officerCount != null && w.officers(f.officerCount),
      f.vehicleCount != null && w.vehicles(f.vehicleCount),
    ];
    pdf.field(w.force, [w.termBoth(f.force), f.unit, ...counts].filter(Boolean).join('; '));
  }
  pdf.field(
    w.peopleAffected,
    e.peopleAffected == null
      ? null
      : `${e.peopleAffected}${e.minorsAffected != null ? ` ${w.minors(e.minorsAffected)}` : ''}`,
  );
  pdf.field(
    w.shelter,
    e.shelterOffered
      ? `${w.offered}${e.shelterWhere ? ` (${e.shelterWhere})` : ''}${e.shelterAccepted != null ? `, ${w.acceptedBy(e.shelterAccepted)}` : ''}`
      : yesNo(w, e.shelterOffered, w.offered, w.notOffered),
  );
  pdf.field(w.idChecks, e.idChecks);
  pdf.field(w.arrests, e.arrests);
  const observers = [
    e.observersPresent != null && w.observersPresent(e.observersPresent),
    e.observersObstructed && w.obstructed,
    e.observersDetained && w.detained,
    e.toldToStopFilming && w.toldToStopFilming,
  ].filter(Boolean);
  pdf.field(w.observers, observers.join('; '));
  pdf.field(
    w.property,
    e.property
      .map(
        (p) =>
          `${p.count} ${w.term(p.propertyType)} ${w.word('fate', p.fate)}${p.collectiveOwned ? ` ${w.collectiveOwned}` : ''}`,
      )
      .join(', '),
  );
  pdf.field(
    w.record,
    w.recordLine(
      w.word('evictionStatus', e.status),
      e.version,
      e.updatedAt.toISOString(),
      e.author.displayName,
    ) +
      (e.reviewedBy && e.reviewedAt
        ? `; ${w.reviewedBy(e.reviewedAt.toISOString().slice(0, 10), e.reviewedBy.displayName)}`
        : ''),
  );
  if (e.notes) pdf.paragraph(e.notes);
  writeLog(pdf, e, w);
  if (e.linkedIncidents.length) pdf.paragraph(w.incidentsDuring, { bold: true });
  for (const i of e.linkedIncidents) {
    const where = inDossier(i.id) ? w.inThisDossier : w.notInThisDossier;
    pdf.paragraph(`- ${i.reference} (${when(i.startAt)}): ${i.title} - ${where}`);
  }
  if (e.files.length) pdf.paragraph(w.evidenceFiles, { bold: true });
  for (const f of e.files)
    pdf.paragraph(`- ${exhibitOf(f.id)}: ${f.originalName} (SHA-256 ${f.sha256})`, { size: 8 });
  pdf.doc.moveDown();
}

/** The append-only log as recorded: time observed, time entered, and what each correction corrects. */
function writeLog(pdf: PdfWriter, e: EvictionExportRecord, w: PdfWords): void {
  if (e.log.length === 0) return;
  pdf.paragraph(w.observationLog, { bold: true });
  const number = new Map(e.log.map((entry, i) => [entry.id, i + 1]));
  const width = pdf.width;
  const add = pdf.table([
    { header: '#', width: 25 },
    { header: w.observed, width: 85 },
    { header: w.entered, width: 85 },
    { header: w.by, width: 80 },
    { header: w.entry, width: width - 275 },
  ]);
  for (const entry of e.log) {
    const corrects = entry.correctsId ? `${w.corrects(String(number.get(entry.correctsId) ?? '?'))} ` : '';
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
  w: PdfWords,
): string[] {
  return [
    whenText(row.start_at, 'exact', w).replace(' UTC', ''),
    row.reference,
    `${row.site_name}, ${row.site_commune}`,
    w.evictionCell(w.legalBasis[row.legal_basis] ?? row.legal_basis, row.people_affected),
    forces,
    w.observedStatus(w.word('evictionStatus', row.status)),
  ];
}
