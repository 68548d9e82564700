import type { IncidentDetail } from '@vigil/contracts';
import type { SummaryRow } from '../incidents/incident-repository';
import { SHORT_SOURCE_LABELS, SOURCE_LABELS, humanise, shortWhen, whenText } from './pdf-labels';
import type { PdfWriter } from './pdf-writer';

type Terms = Map<string, { labelEn: string }>;

/** The chronology table (incidents and evictions interleaved); returns the function adding a row. */
export function startChronology(pdf: PdfWriter) {
  pdf.newPage();
  pdf.heading('Chronology');
  const w = pdf.width;
  return pdf.table([
    { header: 'Date', width: 70 },
    { header: 'Reference', width: 85 },
    { header: 'Place', width: 90 },
    { header: 'Acts', width: w - 380 },
    { header: 'Forces', width: 70 },
    { header: 'Source / verification', width: 65 },
  ]);
}

/** The chronology cells of an incident (a summary row). */
export function incidentChronologyCells(row: SummaryRow, terms: Terms): string[] {
  const labels = (ids: string[]) => ids.map((id) => terms.get(id)?.labelEn ?? 'unknown term').join(', ');
  return [
    shortWhen(row.start_at, row.date_precision),
    row.reference,
    [row.site_name, row.commune ?? row.site_commune].filter(Boolean).join(', ') || row.place_text || '',
    labels(row.act_type_ids),
    labels(row.force_ids),
    `${SHORT_SOURCE_LABELS[row.source_type] ?? row.source_type} / ${row.verification_status}`,
  ];
}

function place(d: IncidentDetail): string {
  const parts = [d.place.site?.name, d.place.placeText, d.place.commune].filter(Boolean);
  if (d.place.latitude != null && d.place.longitude != null) {
    parts.push(
      `${d.place.latitude.toFixed(5)}, ${d.place.longitude.toFixed(5)}` +
        (d.place.coordinatePrecisionM ? ` (within ${d.place.coordinatePrecisionM} m)` : ''),
    );
  }
  return parts.join(', ');
}

/** One incident: the record, then its acts, perpetrators, victims, witnesses, follow-ups and files. */
export function writeSection(pdf: PdfWriter, d: IncidentDetail, exhibitOf: (fileId: string) => string): void {
  pdf.ensureSpace(160);
  pdf.heading(`${d.reference} - ${d.title}`, 13);
  if (d.sourceType === 'hearsay') {
    pdf.paragraph('HEARSAY: this record reports what others said; nobody from the collective observed it.', {
      bold: true,
      color: '#a00000',
    });
  }
  pdf.field(
    'When',
    whenText(d.startAt, d.datePrecision) + (d.endAt ? ` to ${whenText(d.endAt, d.datePrecision)}` : ''),
  );
  pdf.field('Where', place(d));
  pdf.field(
    'Source',
    `${SOURCE_LABELS[d.sourceType] ?? d.sourceType}; reliability: ${humanise(d.sourceReliability)}`,
  );
  pdf.field(
    'Verification',
    humanise(d.verificationStatus) +
      (d.reviewedBy && d.reviewedAt
        ? ` (reviewed ${d.reviewedAt.toISOString().slice(0, 10)} by ${d.reviewedBy.displayName})`
        : ''),
  );
  pdf.field(
    'Record',
    `${d.status}, version ${d.version}, last changed ${d.updatedAt.toISOString()}, recorded by ${d.author.displayName}`,
  );
  if (d.narrative) pdf.paragraph(d.narrative);

  const victim = new Map(d.victims.map((v) => [v.id, v.alias]));
  const perpetrator = new Map(
    d.perpetrators.map((p) => [p.id, [p.force.labelEn, p.unit].filter(Boolean).join(' ')]),
  );
  d.acts.forEach((act, i) => {
    pdf.ensureSpace(60);
    pdf.paragraph(`Act ${i + 1}: ${act.actType.labelEn} / ${act.actType.labelFr}`, { bold: true });
    pdf.field('Time', act.occurredAt ? whenText(act.occurredAt, 'exact') : null, 10);
    pdf.field('Done to', act.victimIds.map((id) => victim.get(id)).join(', '), 10);
    pdf.field('Done by', act.perpetratorIds.map((id) => perpetrator.get(id)).join(', '), 10);
    if (act.description) pdf.field('Description', act.description, 10);
    pdf.field(
      'Injuries',
      act.injuries ? `${act.injuries}${act.medicalCertificate ? ' (medical certificate)' : ''}` : null,
      10,
    );
    pdf.field(
      'Property',
      act.items.map((it) => `${it.count} ${it.propertyType.labelEn} ${it.fate}`).join(', '),
      10,
    );
    for (const quote of act.quotes) pdf.paragraph(`    "${quote}"`, { italic: true });
  });
  if (d.perpetrators.length) pdf.paragraph('Perpetrators', { bold: true });
  for (const p of d.perpetrators) {
    const rio =
      p.rioShown === 'yes'
        ? `RIO shown${p.rioNumber ? ` (${p.rioNumber})` : ''}`
        : `RIO ${p.rioShown === 'no' ? 'not shown' : 'not seen'}`;
    const counts = [
      p.officerCount != null && `${p.officerCount} officer(s)`,
      p.vehicleCount != null && `${p.vehicleCount} vehicle(s)`,
    ];
    const plates = p.vehiclePlates.length ? `plates ${p.vehiclePlates.join(', ')}` : '';
    pdf.paragraph(
      `- ${[p.force.labelEn, p.unit, rio, ...counts, plates, humanise(p.involvement)].filter(Boolean).join('; ')}`,
    );
  }
  if (d.victims.length) pdf.paragraph('Victims (pseudonyms)', { bold: true });
  for (const v of d.victims) {
    const age = v.ageMin != null || v.ageMax != null ? `age ${v.ageMin ?? '?'}-${v.ageMax ?? '?'}` : '';
    const flags = (['minor', 'woman', 'family'] as const).filter((f) => v[f]);
    const who = v.isGroup ? `group of about ${v.count}` : v.count > 1 ? `${v.count} people` : '';
    pdf.paragraph(
      `- ${[v.alias, humanise(v.category), who, age, ...flags, v.nationality, v.language].filter(Boolean).join('; ')}`,
    );
  }
  if (d.witnesses.length) pdf.paragraph('Witnesses (pseudonyms)', { bold: true });
  for (const w of d.witnesses) {
    const contact = w.contact ? `contact: ${w.contact}` : '';
    pdf.paragraph(
      `- ${[w.alias, w.willingToTestify ? 'willing to testify' : 'not willing to testify', contact].filter(Boolean).join('; ')}`,
    );
  }
  if (d.followUps.length) pdf.paragraph('Follow-ups', { bold: true });
  for (const f of d.followUps) {
    pdf.paragraph(
      `- ${[humanise(f.body), humanise(f.status), f.date, f.reference, f.outcome].filter(Boolean).join('; ')}`,
    );
  }
  if (d.files.length) pdf.paragraph('Evidence files', { bold: true });
  for (const f of d.files)
    pdf.paragraph(`- ${exhibitOf(f.id)}: ${f.originalName} (SHA-256 ${f.sha256})`, { size: 8 });
  pdf.doc.moveDown();
}
