import type { Db } from '@vigil/db';
import type { Check } from './integrity';
import type { WriteLog } from './writes';

const check = (name: string, bad: string[], total: number): Check => ({
  name,
  ok: bad.length === 0,
  detail: `${total} checked${bad.length ? `; ${bad.length} wrong: ${bad.slice(0, 3).join('; ')}` : ''}`,
});

/**
 * Every acknowledged write is in the database, whole; every write of this run that is in the database
 * (acknowledged or not: a write cut by the fault may have committed) is whole too: an incident with
 * all its acts, a file row with its custody entry, a stock operation with all its movements.
 */
export async function verifyWrites(db: Db, log: WriteLog, run: string): Promise<Check[]> {
  const incidents = await db.incident.findMany({
    where: { title: { startsWith: `faults ${run} ` } },
    select: { title: true, _count: { select: { acts: true } } },
  });
  const actsByTitle = new Map(incidents.map((i) => [i.title, i._count.acts]));
  const ackedIncidents = log.acknowledged('incident');
  const files = await db.evidenceFile.findMany({
    where: { incident: { title: { startsWith: `faults ${run} ` } } },
    select: { sha256: true, _count: { select: { custody: { where: { action: 'uploaded' } } } } },
  });
  const custodyBySha = new Map(files.map((f) => [f.sha256, f._count.custody]));
  const ackedFiles = log.acknowledged('file');
  const operations = await db.stockOperation.findMany({
    where: { requestKey: { startsWith: `faults-${run}-` } },
    select: { requestKey: true, _count: { select: { movements: true } } },
  });
  const movementsByKey = new Map(operations.map((o) => [o.requestKey, o._count.movements]));
  const twice = operations.filter((o, i) => operations.findIndex((p) => p.requestKey === o.requestKey) !== i);
  const expectedMovements = new Map(
    log.writes.filter((w) => w.kind === 'stock').map((w) => [w.marker, w.movements]),
  );
  const entries = await db.evictionLogEntry.findMany({
    where: { text: { startsWith: `faults ${run} ` } },
    select: { text: true },
  });
  const entryCount = new Map<string, number>();
  for (const e of entries) entryCount.set(e.text, (entryCount.get(e.text) ?? 0) + 1);
  const ackedLog = log.acknowledged('log');

  return [
    check(
      'acknowledged incidents present with all their acts',
      ackedIncidents.filter((w) => actsByTitle.get(w.marker) !== 2).map((w) => w.marker),
      ackedIncidents.length,
    ),
    check(
      'no incident of the run half-written (all present ones have both acts)',
      incidents.filter((i) => i._count.acts !== 2).map((i) => i.title),
      incidents.length,
    ),
    check(
      'acknowledged files present with their custody entry',
      ackedFiles.filter((w) => custodyBySha.get(w.marker) !== 1).map((w) => w.marker),
      ackedFiles.length,
    ),
    check(
      'no file row of the run without its custody entry',
      files.filter((f) => f._count.custody !== 1).map((f) => f.sha256),
      files.length,
    ),
    check(
      'acknowledged stock operations present with all their movements',
      log
        .acknowledged('stock')
        .filter((w) => movementsByKey.get(w.marker) !== w.movements)
        .map((w) => w.marker),
      log.acknowledged('stock').length,
    ),
    check(
      'no stock operation of the run half-written, none recorded twice',
      [
        ...operations.filter((o) => o._count.movements !== expectedMovements.get(o.requestKey ?? '')),
        ...twice,
      ].map((o) => `${o.requestKey}`),
      operations.length,
    ),
    check(
      'acknowledged observation-log entries present exactly once',
      ackedLog.filter((w) => entryCount.get(w.marker) !== 1).map((w) => w.marker),
      ackedLog.length,
    ),
  ];
}
