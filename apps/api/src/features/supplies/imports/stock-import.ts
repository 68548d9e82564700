import { type ImportProblem, STOCK_CSV_COLUMNS } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import type { AuditService } from '../../audit/audit-service';
import { recordOperation } from '../ledger/operations';
import { StockRefs } from '../ledger/stock-refs';
import { NO_EXPIRY } from '../ledger/stock-session';
import { parseCsv } from './csv';
import { refuseImport } from './import-report';
import type { LedgerKey } from '../ledger/request-key';

interface StockRow {
  itemId: string;
  locationId: string;
  quantity: number;
  expiresOn: string;
}

/** Reads opening stock rows against the catalogue (by code) and the locations (by name). */
async function readRows(db: Db, csv: string) {
  const table = parseCsv(csv, STOCK_CSV_COLUMNS, ['item_code', 'location', 'quantity']);
  const problems: ImportProblem[] = [...table.problems];
  const [items, locations] = await Promise.all([
    db.supplyItem.findMany({ select: { id: true, code: true, tracksExpiry: true } }),
    db.stockLocation.findMany({ where: { active: true }, select: { id: true, name: true } }),
  ]);
  const itemOf = new Map(items.map((i) => [i.code, i]));
  const locationOf = new Map(locations.map((l) => [l.name.toLowerCase(), l.id]));
  const rows: StockRow[] = [];
  for (const { row, cells } of table.rows) {
    const before = problems.length;
    const item = itemOf.get((cells.item_code ?? '').toUpperCase());
    if (!item)
      problems.push({ row, column: 'item_code', message: 'No item with this code in the catalogue' });
    const locationId = locationOf.get((cells.location ?? '').toLowerCase());
    if (!locationId) problems.push({ row, column: 'location', message: 'No open location with this name' });
    const quantity = Number(cells.quantity);
    if (!/^\d+$/.test(cells.quantity ?? '') || quantity < 1 || quantity > 1_000_000) {
      problems.push({ row, column: 'quantity', message: 'A whole number from 1 to 1,000,000' });
    }
    const expiresOn = cells.expires_on ?? '';
    const validDate = /^\d{4}-\d{2}-\d{2}$/.test(expiresOn) && !Number.isNaN(Date.parse(expiresOn));
    if (expiresOn && !validDate)
      problems.push({ row, column: 'expires_on', message: 'A date as YYYY-MM-DD' });
    if (item?.tracksExpiry && !expiresOn)
      problems.push({ row, column: 'expires_on', message: 'This item tracks expiry: give the date' });
    if (item && !item.tracksExpiry && expiresOn)
      problems.push({ row, column: 'expires_on', message: 'This item does not track expiry' });
    if (problems.length === before)
      rows.push({ itemId: item!.id, locationId: locationId!, quantity, expiresOn: expiresOn || NO_EXPIRY });
  }
  return { rows, problems };
}

/** Opening stock from CSV: one operation of count adjustments, in one transaction, or nothing. */
export async function importStock(
  db: Db,
  audit: AuditService,
  actor: Actor,
  input: { csv: string; dryRun: boolean; requestKey: LedgerKey | null },
) {
  const { rows, problems } = await readRows(db, input.csv);
  const report = {
    dryRun: input.dryRun,
    valid: problems.length === 0,
    lines: rows.length,
    operationId: null,
    problems,
  };
  if (input.dryRun) return report;
  if (problems.length) refuseImport(problems);
  const refs = await StockRefs.load(
    db,
    rows.map((r) => r.itemId),
    rows.map((r) => r.locationId),
  );
  const header = {
    kind: 'opening_stock' as const,
    occurredAt: new Date(),
    actorId: actor.userId,
    requestKey: input.requestKey,
    note: 'Opening stock (CSV import)',
  };
  const operation = await recordOperation(db, header, refs, rows, async (stock, sql) => {
    for (const r of rows) stock.putIn('adjust', r.itemId, r.locationId, r.quantity, r.expiresOn);
    await audit.byActor(sql, actor, {
      action: 'stock.import',
      entityType: 'stock_operation',
      meta: { lines: rows.length },
    });
  });
  return { ...report, operationId: operation.id };
}
