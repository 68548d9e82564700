import type { EvictionStats } from '@vigil/contracts';
import { type PdfWords, percentText } from './pdf-labels';
import type { PdfWriter } from './pdf-writer';

/** Summary figures over the selected evictions (the eviction statistics, same filter as the sections). */
export function writeEvictionSummary(pdf: PdfWriter, stats: EvictionStats, w: PdfWords): void {
  pdf.heading(w.evictionSummary, 13);
  pdf.field(w.evictions, stats.total);
  const basis = stats.legalBasis;
  pdf.field(
    w.legalBasisLabel,
    w.legalBasisSummary(
      basis.noneShown,
      percentText(basis.noneShownShare, w),
      basis.orderShown,
      basis.unknown,
    ),
  );
  const people = stats.people;
  pdf.field(
    w.peopleLabel,
    w.peopleSummary({
      affected: people.affected,
      minors: people.minors,
      with: people.withPeopleCount,
      shelter: people.shelterAccepted,
      checks: people.idChecks,
      arrests: people.arrests,
    }),
  );
  if (stats.intervals.medianHours !== null) {
    pdf.field(w.intervalLabel, w.medianHours(w.decimal(stats.intervals.medianHours, 1)));
  }
  const width = pdf.width;
  const table = (columns: [string, number][], rows: string[][]) => {
    if (rows.length === 0) return;
    pdf.ensureSpace(60);
    pdf.doc.moveDown();
    const add = pdf.table(columns.map(([header, size]) => ({ header, width: size || width - 240 })));
    for (const row of rows) add(row);
  };
  table(
    [
      [w.property, 0],
      [w.fate, 100],
      [w.countHeader, 70],
      [w.collectiveOwnedHeader, 70],
    ],
    stats.property.map((p) => [
      w.termBoth(p.propertyType),
      w.word('fate', p.fate),
      String(p.count),
      String(p.collectiveOwned),
    ]),
  );
  table(
    [
      [w.force, 0],
      [w.evictions, 80],
      [w.officersHeader, 80],
      [w.vehiclesHeader, 80],
    ],
    stats.byForce.map((f) => [
      w.termBoth(f.force),
      String(f.evictions),
      String(f.officers),
      String(f.vehicles),
    ]),
  );
  table(
    [
      [w.monthUtc, 0],
      [w.evictions, 240],
    ],
    stats.byMonth.map((m) => [m.month, String(m.count)]),
  );
  table(
    [
      [w.site, 0],
      [w.evictions, 80],
      [w.noOrderShown, 80],
      [w.medianInterval, 80],
    ],
    stats.bySite.map((s) => [
      `${s.site.name} (${s.site.commune})`,
      String(s.count),
      String(s.noLegalBasisShown),
      s.intervals.medianHours === null ? '' : w.hours(w.decimal(s.intervals.medianHours, 1)),
    ]),
  );
}
