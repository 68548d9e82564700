import type { EvictionStats } from '@vigil/contracts';
import type { PdfWriter } from './pdf-writer';

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);

/** Summary figures over the selected evictions (the eviction statistics, same filter as the sections). */
export function writeEvictionSummary(pdf: PdfWriter, stats: EvictionStats): void {
  pdf.heading('Evictions: summary figures', 13);
  pdf.field('Evictions', stats.total);
  const basis = stats.legalBasis;
  pdf.field(
    'Legal basis',
    `no order shown in ${basis.noneShown} (${percent(basis.noneShownShare)}), order shown in ${basis.orderShown}, ` +
      `not known for ${basis.unknown}`,
  );
  const people = stats.people;
  pdf.field(
    'People',
    `${people.affected} affected (${people.minors} minors; recorded for ${people.withPeopleCount} evictions), ` +
      `${people.shelterAccepted} accepted shelter, ${people.idChecks} ID checks, ${people.arrests} arrests`,
  );
  if (stats.intervals.medianHours !== null) {
    pdf.field(
      'Interval between evictions at a site',
      `median ${stats.intervals.medianHours.toFixed(1)} hours`,
    );
  }
  const w = pdf.width;
  const table = (columns: [string, number][], rows: string[][]) => {
    if (rows.length === 0) return;
    pdf.ensureSpace(60);
    pdf.doc.moveDown();
    const add = pdf.table(columns.map(([header, width]) => ({ header, width: width || w - 240 })));
    for (const row of rows) add(row);
  };
  table(
    [
      ['Property', 0],
      ['Fate', 100],
      ['Count', 70],
      ["Collective's own", 70],
    ],
    stats.property.map((p) => [
      `${p.propertyType.labelEn} / ${p.propertyType.labelFr}`,
      p.fate,
      String(p.count),
      String(p.collectiveOwned),
    ]),
  );
  table(
    [
      ['Force', 0],
      ['Evictions', 80],
      ['Officers', 80],
      ['Vehicles', 80],
    ],
    stats.byForce.map((f) => [
      `${f.force.labelEn} / ${f.force.labelFr}`,
      String(f.evictions),
      String(f.officers),
      String(f.vehicles),
    ]),
  );
  table(
    [
      ['Month (UTC)', 0],
      ['Evictions', 240],
    ],
    stats.byMonth.map((m) => [m.month, String(m.count)]),
  );
  table(
    [
      ['Site', 0],
      ['Evictions', 80],
      ['No order shown', 80],
      ['Median interval', 80],
    ],
    stats.bySite.map((s) => [
      `${s.site.name} (${s.site.commune})`,
      String(s.count),
      String(s.noLegalBasisShown),
      s.intervals.medianHours === null ? '' : `${s.intervals.medianHours.toFixed(1)} h`,
    ]),
  );
}
