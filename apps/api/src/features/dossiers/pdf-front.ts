import type { IncidentStats } from '@vigil/contracts';
import { type PdfWords, percentText } from './pdf-labels';
import type { PdfWriter } from './pdf-writer';

export interface CoverInfo {
  dossierId: string;
  instance: string;
  generatedAt: Date;
  filterLines: string[];
  /** The eviction filter in words; null when the dossier covers incidents only. */
  evictionFilterLines: string[] | null;
  evictionCount: number | null;
  includeIdentities: boolean;
  requestedBy: string;
}

/** The cover: what was selected, when, by which instance, and how identities were treated. */
export function writeCover(pdf: PdfWriter, cover: CoverInfo, stats: IncidentStats, w: PdfWords): void {
  pdf.paragraph(w.coverTitle, { size: 22, bold: true });
  pdf.doc.moveDown(0.5);
  pdf.paragraph(w.incidentRecords(stats.total), { size: 14 });
  if (cover.evictionCount !== null) pdf.paragraph(w.evictionRecords(cover.evictionCount), { size: 14 });
  pdf.doc.moveDown();
  pdf.field(w.generated, `${cover.generatedAt.toISOString()} (UTC)`);
  pdf.field(w.instance, cover.instance);
  pdf.field(w.dossierId, cover.dossierId);
  pdf.field(w.requestedBy, cover.requestedBy);
  pdf.heading(cover.evictionFilterLines ? w.selectionIncidents : w.selection, 12);
  for (const line of cover.filterLines) pdf.paragraph(`- ${line}`);
  if (cover.evictionFilterLines) {
    pdf.paragraph(`- ${w.linkedIncidentsToo}`);
    pdf.heading(w.selectionEvictions, 12);
    for (const line of cover.evictionFilterLines) pdf.paragraph(`- ${line}`);
  }
  pdf.heading(w.identities, 12);
  pdf.paragraph(cover.includeIdentities ? w.identitiesIncluded : w.identitiesRedacted, { bold: true });
  pdf.heading(w.howToRead, 12);
  pdf.paragraph(w.howToReadText);
  pdf.paragraph(w.integrityText);
}

/** Summary figures, from the same filter as the records that follow. */
export function writeSummary(pdf: PdfWriter, stats: IncidentStats, w: PdfWords): void {
  pdf.newPage();
  pdf.heading(w.summaryFigures);
  pdf.field(w.incidents, stats.total);
  pdf.field(
    w.rioShown,
    w.rioSummary(stats.rio.yes, stats.rio.no, percentText(stats.rio.shownRate, w), stats.rio.notSeen),
  );
  pdf.paragraph(w.countsOnce, { size: 8, italic: true });
  const width = pdf.width;
  const countTable = (title: string, rows: [string, number][]) => {
    if (rows.length === 0) return;
    pdf.ensureSpace(60);
    pdf.doc.moveDown();
    const add = pdf.table([
      { header: title, width: width - 80 },
      { header: w.incidents, width: 80 },
    ]);
    for (const [name, count] of rows) add([name, String(count)]);
  };
  countTable(
    w.actTypeGroup,
    stats.byActTypeGroup.map((t) => [w.termBoth(t), t.count]),
  );
  countTable(
    w.actType,
    stats.byActType.map((t) => [w.termBoth(t), t.count]),
  );
  countTable(
    w.force,
    stats.byForce.map((t) => [w.termBoth(t), t.count]),
  );
  countTable(
    w.monthUtc,
    stats.byMonth.map((m) => [m.month, m.count]),
  );
  countTable(
    w.site,
    stats.bySite.map((s) => [s.site ? `${s.site.name} (${s.site.commune})` : w.noSite, s.count]),
  );
  countTable(
    w.commune,
    stats.byCommune.map((c) => [c.commune ?? w.notRecorded, c.count]),
  );
}
