import type { IncidentStats } from '@vigil/contracts';
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
export function writeCover(pdf: PdfWriter, cover: CoverInfo, stats: IncidentStats): void {
  pdf.paragraph('EVIDENCE DOSSIER / DOSSIER DE PREUVES', { size: 22, bold: true });
  pdf.doc.moveDown(0.5);
  pdf.paragraph(`${stats.total} incident record(s)`, { size: 14 });
  if (cover.evictionCount !== null) pdf.paragraph(`${cover.evictionCount} eviction record(s)`, { size: 14 });
  pdf.doc.moveDown();
  pdf.field('Generated', `${cover.generatedAt.toISOString()} (UTC)`);
  pdf.field('Instance', cover.instance);
  pdf.field('Dossier id', cover.dossierId);
  pdf.field('Requested by', cover.requestedBy);
  pdf.heading(cover.evictionFilterLines ? 'Selection: incidents' : 'Selection', 12);
  for (const line of cover.filterLines) pdf.paragraph(`- ${line}`);
  if (cover.evictionFilterLines) {
    pdf.paragraph('- and every incident linked to one of the evictions below');
    pdf.heading('Selection: evictions', 12);
    for (const line of cover.evictionFilterLines) pdf.paragraph(`- ${line}`);
  }
  pdf.heading('Identities', 12);
  pdf.paragraph(
    cover.includeIdentities
      ? 'IDENTITIES INCLUDED: this dossier contains witness contact details and other identifying data. ' +
          'Its generation was recorded in the audit log. Keep it confidential and share it only as the case requires.'
      : 'IDENTITIES REDACTED: people appear by pseudonym only; witness contact details, exact coordinates and addresses, ' +
          'nationalities and languages are left out, and members of the collective appear by an account pseudonym.',
    { bold: true },
  );
  pdf.heading('How to read this dossier', 12);
  pdf.paragraph(
    'Each record states its source (first-hand observation, testimony, hearsay or media) and its verification ' +
      'status (unverified, corroborated, verified). Records are reported as documented by the collective; an ' +
      'unverified record or hearsay is not an established fact. Hearsay is marked in capitals wherever it appears.',
  );
  pdf.paragraph(
    'Integrity: the accompanying manifest lists every record (with its version) and every evidence file (with its ' +
      "SHA-256) and the SHA-256 of this PDF, signed with the instance's Ed25519 key. Check it with " +
      '`npm run dossier:verify -- manifest.json dossier.pdf` or the instance endpoint POST /api/dossiers/verify.',
  );
}

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);

/** Summary figures, from the same filter as the records that follow. */
export function writeSummary(pdf: PdfWriter, stats: IncidentStats): void {
  pdf.newPage();
  pdf.heading('Summary figures');
  pdf.field('Incidents', stats.total);
  pdf.field(
    'Officer ID (RIO) shown',
    `shown in ${stats.rio.yes} incident(s), not shown in ${stats.rio.no} (shown rate ${percent(stats.rio.shownRate)}); ` +
      `not seen in ${stats.rio.notSeen}`,
  );
  pdf.paragraph('An incident counts once under each act type, force or site it involves.', {
    size: 8,
    italic: true,
  });
  const w = pdf.width;
  const countTable = (title: string, rows: [string, number][]) => {
    if (rows.length === 0) return;
    pdf.ensureSpace(60);
    pdf.doc.moveDown();
    const add = pdf.table([
      { header: title, width: w - 80 },
      { header: 'Incidents', width: 80 },
    ]);
    for (const [name, count] of rows) add([name, String(count)]);
  };
  const bilingual = (t: { labelEn: string; labelFr: string }) => `${t.labelEn} / ${t.labelFr}`;
  countTable(
    'Act type (group)',
    stats.byActTypeGroup.map((t) => [bilingual(t), t.count]),
  );
  countTable(
    'Act type',
    stats.byActType.map((t) => [bilingual(t), t.count]),
  );
  countTable(
    'Force',
    stats.byForce.map((t) => [bilingual(t), t.count]),
  );
  countTable(
    'Month (UTC)',
    stats.byMonth.map((m) => [m.month, m.count]),
  );
  countTable(
    'Site',
    stats.bySite.map((s) => [s.site ? `${s.site.name} (${s.site.commune})` : 'No site recorded', s.count]),
  );
  countTable(
    'Commune',
    stats.byCommune.map((c) => [c.commune ?? 'Not recorded', c.count]),
  );
}
