import type { IncidentDetail } from '@vigil/contracts';
import type { SummaryRow } from '../incidents/incident-repository';
import { type PdfWords, shortWhen, whenText } from './pdf-labels';
import type { PdfWriter } from './pdf-writer';

type Terms = Map<string, { labelEn: string; labelFr: string }>;

/** The chronology table (incidents and evictions interleaved); returns the function adding a row. */
export function startChronology(pdf: PdfWriter, w: PdfWords) {
  pdf.newPage();
  pdf.heading(w.chronology);
  const width = pdf.width;
  return pdf.table([
    { header: w.date, width: 70 },
    { header: w.reference, width: 85 },
    { header: w.place, width: 90 },
    { header: w.acts, width: width - 380 },
    { header: w.forces, width: 70 },
    { header: w.sourceVerification, width: 65 },
  ]);
}

/** Vocabulary ids as their labels in the dossier's language. */
export function termLabels(ids: string[], terms: Terms, w: PdfWords): string {
  return ids.map((id) => (terms.has(id) ? w.term(terms.get(id)!) : w.unknownTerm)).join(', ');
}

/** The chronology cells of an incident (a summary row). */
export function incidentChronologyCells(row: SummaryRow, terms: Terms, w: PdfWords): string[] {
  return [
    shortWhen(row.start_at, row.date_precision, w),
    row.reference,
    [row.site_name, row.commune ?? row.site_commune].filter(Boolean).join(', ') || row.place_text || '',
    termLabels(row.act_type_ids, terms, w),
    termLabels(row.force_ids, terms, w),
    `${w.shortSourceLabels[row.source_type] ?? row.source_type} / ${w.word('verificationStatus', row.verification_status)}`,
  ];
}

function place(d: IncidentDetail, w: PdfWords): string {
  const parts = [d.place.site?.name, d.place.placeText, d.place.commune].filter(Boolean);
  if (d.place.latitude != null && d.place.longitude != null) {
    parts.push(
      `${d.place.latitude.toFixed(5)}, ${d.place.longitude.toFixed(5)}` +
        (d.place.coordinatePrecisionM ? ` ${w.within(d.place.coordinatePrecisionM)}` : ''),
    );
  }
  return parts.join(', ');
}

/** One incident: the record, then its acts, perpetrators, victims, witnesses, follow-ups and files. */
export function writeSection(
  pdf: PdfWriter,
  d: IncidentDetail,
  exhibitOf: (fileId: string) => string,
  w: PdfWords,
): void {
  pdf.ensureSpace(160);
  pdf.heading(`${d.reference} - ${d.title}`, 13);
  if (d.sourceType === 'hearsay') pdf.paragraph(w.hearsayWarning, { bold: true, color: '#a00000' });
  const when = (at: Date) => whenText(at, d.datePrecision, w);
  pdf.field(w.when, when(d.startAt) + (d.endAt ? ` ${w.to} ${when(d.endAt)}` : ''));
  pdf.field(w.where, place(d, w));
  pdf.field(
    w.source,
    `${w.sourceLabels[d.sourceType] ?? d.sourceType}; ${w.reliability}: ${w.word('sourceReliability', d.sourceReliability)}`,
  );
  pdf.field(
    w.verification,
    w.word('verificationStatus', d.verificationStatus) +
      (d.reviewedBy && d.reviewedAt
        ? ` (${w.reviewedBy(d.reviewedAt.toISOString().slice(0, 10), d.reviewedBy.displayName)})`
        : ''),
  );
  pdf.field(
    w.record,
    w.recordLine(
      w.word('incidentStatus', d.status),
      d.version,
      d.updatedAt.toISOString(),
      d.author.displayName,
    ),
  );
  if (d.narrative) pdf.paragraph(d.narrative);

  const victim = new Map(d.victims.map((v) => [v.id, v.alias]));
  const perpetrator = new Map(
    d.perpetrators.map((p) => [p.id, [w.term(p.force), p.unit].filter(Boolean).join(' ')]),
  );
  d.acts.forEach((act, i) => {
    pdf.ensureSpace(60);
    pdf.paragraph(`${w.act(i + 1)}: ${w.termBoth(act.actType)}`, { bold: true });
    pdf.field(w.time, act.occurredAt ? whenText(act.occurredAt, 'exact', w) : null, 10);
    pdf.field(w.doneTo, act.victimIds.map((id) => victim.get(id)).join(', '), 10);
    pdf.field(w.doneBy, act.perpetratorIds.map((id) => perpetrator.get(id)).join(', '), 10);
    if (act.description) pdf.field(w.description, act.description, 10);
    pdf.field(
      w.injuries,
      act.injuries ? `${act.injuries}${act.medicalCertificate ? ` ${w.medicalCertificate}` : ''}` : null,
      10,
    );
    pdf.field(
      w.property,
      act.items.map((it) => `${it.count} ${w.term(it.propertyType)} ${w.word('fate', it.fate)}`).join(', '),
      10,
    );
    for (const quote of act.quotes) pdf.paragraph(`    "${quote}"`, { italic: true });
  });
  writePeople(pdf, d, w);
  if (d.files.length) pdf.paragraph(w.evidenceFiles, { bold: true });
  for (const f of d.files)
    pdf.paragraph(`- ${exhibitOf(f.id)}: ${f.originalName} (SHA-256 ${f.sha256})`, { size: 8 });
  pdf.doc.moveDown();
}

/** Perpetrators, victims, witnesses and follow-ups, one line each. */
function writePeople(pdf: PdfWriter, d: IncidentDetail, w: PdfWords): void {
  if (d.perpetrators.length) pdf.paragraph(w.perpetrators, { bold: true });
  for (const p of d.perpetrators) {
    const rio =
      p.rioShown === 'yes'
        ? w.rioShownNumber(p.rioNumber)
        : p.rioShown === 'no'
          ? w.rioNotShown
          : w.rioNotSeen;
    const counts = [
      p.officerCount != null && w.officers(p.officerCount),
      p.vehicleCount != null && w.vehicles(p.vehicleCount),
    ];
    const plates = p.vehiclePlates.length ? w.plates(p.vehiclePlates.join(', ')) : '';
    const involvement = w.word('involvement', p.involvement);
    pdf.paragraph(
      `- ${[w.term(p.force), p.unit, rio, ...counts, plates, involvement].filter(Boolean).join('; ')}`,
    );
  }
  if (d.victims.length) pdf.paragraph(w.victims, { bold: true });
  for (const v of d.victims) {
    const age =
      v.ageMin != null || v.ageMax != null ? w.age(String(v.ageMin ?? '?'), String(v.ageMax ?? '?')) : '';
    const flags = (['minor', 'woman', 'family'] as const).filter((f) => v[f]).map((f) => w.victimFlags[f]);
    const who = v.isGroup ? w.groupOfAbout(v.count) : v.count > 1 ? w.people(v.count) : '';
    const category = w.word('victimCategory', v.category);
    pdf.paragraph(
      `- ${[v.alias, category, who, age, ...flags, v.nationality, v.language].filter(Boolean).join('; ')}`,
    );
  }
  if (d.witnesses.length) pdf.paragraph(w.witnesses, { bold: true });
  for (const witness of d.witnesses) {
    const contact = witness.contact ? w.contact(witness.contact) : '';
    const willing = witness.willingToTestify ? w.willing : w.notWilling;
    pdf.paragraph(`- ${[witness.alias, willing, contact].filter(Boolean).join('; ')}`);
  }
  if (d.followUps.length) pdf.paragraph(w.followUps, { bold: true });
  for (const f of d.followUps) {
    const body = w.word('followUpBody', f.body);
    const status = w.word('followUpStatus', f.status);
    pdf.paragraph(`- ${[body, status, f.date, f.reference, f.outcome].filter(Boolean).join('; ')}`);
  }
}
