import type { stocktakeConfirmBodySchema, stocktakePreviewBodySchema } from '@vigil/contracts';
import { type Db, type DbOrTx, Prisma, type Tx, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import type { AuditService } from '../../audit/audit-service';
import { findReplay } from '../ledger/ledger-write';
import { operationView } from '../ledger/operations';
import { StockRefs, occurredAtOf } from '../ledger/stock-refs';
import { NO_EXPIRY, StockSession } from '../ledger/stock-session';
import { inStockTransaction } from '../ledger/stock-transaction';
import type { LedgerKey } from '../ledger/request-key';

type Preview = z.output<typeof stocktakePreviewBodySchema>;
type Confirm = z.output<typeof stocktakeConfirmBodySchema>;

async function checkedRefs(db: Db, body: Preview) {
  const refs = await StockRefs.load(
    db,
    body.lines.map((l) => l.itemId),
    [body.locationId],
  );
  refs.needLocation(body.locationId, 'body/locationId', false);
  const seen = new Set<string>();
  body.lines.forEach((l, i) => {
    const item = refs.items.get(l.itemId);
    refs.needItem(l.itemId, `body/lines/${i}`, { expiresOn: l.expiresOn });
    if (item?.tracksExpiry && !l.expiresOn)
      refs.problem(`body/lines/${i}/expiresOn`, 'Count this item by expiry date');
    const key = `${l.itemId}|${l.expiresOn ?? ''}`;
    if (seen.has(key)) refs.problem(`body/lines/${i}/itemId`, 'Counted twice');
    seen.add(key);
  });
  refs.check();
  return refs;
}

/** The ledger position a count is based on: the last movement of the counted items at the location. */
async function lastMovementId(db: DbOrTx, body: Preview): Promise<bigint> {
  const [row] = await sqlOf(db).query<{ id: bigint | null }>(Prisma.sql`
    SELECT max(id) AS id FROM stock_movements
    WHERE location_id = ${body.locationId}::uuid AND item_id = ANY(${body.lines.map((l) => l.itemId)}::uuid[])`);
  return row?.id ?? 0n;
}

/** Counts each line against the (locked) session; the session writes an adjustment per difference. */
function compare(session: StockSession, refs: StockRefs, body: Preview) {
  const differences = body.lines.map((l, i) => {
    const expiresOn = l.expiresOn ?? NO_EXPIRY;
    const batch = session.batchesOf(l.itemId, body.locationId).find((b) => b.expiresOn === expiresOn);
    const onHand = batch?.onHand ?? 0;
    const reserved = batch?.reserved ?? 0;
    session.countAs(
      { itemId: l.itemId, locationId: body.locationId },
      expiresOn,
      l.counted,
      `body/lines/${i}/counted`,
    );
    return {
      item: refs.itemRef(l.itemId),
      expiresOn: l.expiresOn ?? null,
      onHand,
      reserved,
      counted: l.counted,
      difference: l.counted - onHand,
    };
  });
  return {
    location: refs.locationRef(body.locationId),
    differences: differences.filter((d) => d.difference !== 0),
    unchanged: differences.filter((d) => d.difference === 0).length,
  };
}

/** Stock-take: preview the differences (nothing written), then confirm them as adjustments with a reason. */
export function createStocktakeService(db: Db, audit: AuditService) {
  const pairsOf = (body: Preview) =>
    body.lines.map((l) => ({ itemId: l.itemId, locationId: body.locationId }));

  return {
    async preview(body: Preview) {
      const refs = await checkedRefs(db, body);
      // A read-only transaction rolled back at the end: the same comparison as confirm, nothing kept.
      return db.$transaction(async (tx: Tx) => {
        const basedOn = await lastMovementId(tx, body);
        const session = await StockSession.open(tx, refs, pairsOf(body));
        return { ...compare(session, refs, body), basedOn: basedOn.toString() };
      });
    },

    async confirm(actor: Actor, body: Confirm, requestKey: LedgerKey | null) {
      const occurredAt = occurredAtOf(body.occurredAt);
      const refs = await checkedRefs(db, body);
      const header = {
        kind: 'stocktake' as const,
        occurredAt,
        actorId: actor.userId,
        requestKey,
        note: body.reason,
      };
      const result = await inStockTransaction(db, async (tx) => {
        const replay = await findReplay(tx, header);
        if (replay)
          return {
            location: refs.locationRef(body.locationId),
            differences: [],
            unchanged: body.lines.length,
            operationId: replay,
          };
        const session = await StockSession.open(tx, refs, pairsOf(body));
        if (body.basedOn && (await lastMovementId(tx, body)) > BigInt(body.basedOn)) {
          throw AppError.conflict('The counted stock moved since the preview: preview the count again', [
            { path: 'body/basedOn', message: 'Stale preview' },
          ]);
        }
        const compared = compare(session, refs, body);
        const written = await session.flush(tx, header);
        if (!written.replayed) {
          await audit.byActor(tx, actor, {
            action: 'stock.stocktake',
            entityType: 'stock_location',
            entityId: body.locationId,
            meta: { operation: written.operationId, differences: compared.differences.length },
          });
        }
        return { ...compared, operationId: written.operationId! };
      });
      const { operationId, ...rest } = result;
      return { ...rest, operation: await operationView(db, operationId) };
    },
  };
}
