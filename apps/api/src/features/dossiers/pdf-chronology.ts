import type { Db, Prisma } from '@vigil/db';
import { type EvictionSummaryRow, listEvictionRows } from '../evictions/evictions-repository';
import type { Cursor } from '../incidents/incident-cursor';
import { type SummaryRow, listIncidentRows } from '../incidents/incident-repository';
import { evictionChronologyCells } from './pdf-evictions';
import type { PdfWords } from './pdf-labels';
import { incidentChronologyCells, startChronology, termLabels } from './pdf-records';
import type { PdfWriter } from './pdf-writer';

const PAGE = 500;

type Terms = Map<string, { labelEn: string; labelFr: string }>;

/** The pages of a keyset-paged query, oldest first. */
async function* pages<T extends { start_at: Date; id: string }>(
  fetch: (cursor: Cursor | null) => Promise<T[]>,
): AsyncGenerator<T[]> {
  let cursor: Cursor | null = null;
  for (;;) {
    const rows = await fetch(cursor);
    yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    cursor = { startAt: last.start_at, id: last.id };
  }
}

async function* incidentRows(db: Db, where: Prisma.Sql): AsyncGenerator<SummaryRow> {
  for await (const page of pages((cursor) => listIncidentRows(db, where, 'start_asc', cursor, PAGE)))
    yield* page;
}

/** Eviction rows, each with the labels of the forces present (read a page at a time). */
async function* evictionRows(
  db: Db,
  where: Prisma.Sql,
  terms: Terms,
  w: PdfWords,
): AsyncGenerator<{ row: EvictionSummaryRow; forces: string }> {
  for await (const page of pages((cursor) => listEvictionRows(db, where, 'start_asc', cursor, PAGE))) {
    const present = new Map<string, Set<string>>();
    const forces = await db.evictionForce.findMany({
      where: { evictionId: { in: page.map((r) => r.id) } },
      select: { evictionId: true, forceId: true },
    });
    for (const f of forces)
      present.set(f.evictionId, (present.get(f.evictionId) ?? new Set()).add(f.forceId));
    for (const row of page) {
      const ids = [...(present.get(row.id) ?? [])];
      yield { row, forces: termLabels(ids, terms, w) };
    }
  }
}

/**
 * The chronology: incidents and evictions interleaved by start time (an eviction before the incidents
 * starting at the same minute, since they happened during it). Returns the ids in that order: the
 * sections that follow cover exactly these records. `tick` runs every page's worth of rows.
 */
export async function writeChronology(
  pdf: PdfWriter,
  db: Db,
  where: { incidents: Prisma.Sql; evictions: Prisma.Sql | null },
  terms: Terms,
  w: PdfWords,
  tick: (rows: number) => Promise<void>,
): Promise<{ incidentIds: string[]; evictionIds: string[] }> {
  const add = startChronology(pdf, w);
  const incidentIds: string[] = [];
  const evictionIds: string[] = [];
  const incidents = incidentRows(db, where.incidents);
  const evictions = where.evictions ? evictionRows(db, where.evictions, terms, w) : null;
  let incident = await incidents.next();
  let eviction = evictions ? await evictions.next() : null;
  for (;;) {
    const nextIncident = incident.done ? null : incident.value;
    const nextEviction = !eviction || eviction.done ? null : eviction.value;
    if (!nextIncident && !nextEviction) break;
    if (evictions && nextEviction && (!nextIncident || nextEviction.row.start_at <= nextIncident.start_at)) {
      add(evictionChronologyCells(nextEviction.row, nextEviction.forces, w));
      evictionIds.push(nextEviction.row.id);
      eviction = await evictions.next();
    } else if (nextIncident) {
      add(incidentChronologyCells(nextIncident, terms, w));
      incidentIds.push(nextIncident.id);
      incident = await incidents.next();
    }
    const rows = incidentIds.length + evictionIds.length;
    if (rows % PAGE === 0) await tick(rows);
  }
  await tick(incidentIds.length + evictionIds.length);
  if (incidentIds.length + evictionIds.length === 0) pdf.paragraph(w.noRecord);
  return { incidentIds, evictionIds };
}
