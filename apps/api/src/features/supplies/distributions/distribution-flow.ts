import type { distributeBodySchema, distributionReturnsBodySchema } from '@vigil/contracts';
import type { Db, Tx } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { isoDate } from '../ledger/operations';
import { StockRefs, occurredAtOf } from '../ledger/stock-refs';
import { StockSession } from '../ledger/stock-session';
import { inStockTransaction } from '../ledger/stock-transaction';
import { claimDistribution } from './distribution-rules';
import { distributionView } from './distribution-view';
import type { LedgerKey } from '../ledger/request-key';

type Distribute = z.output<typeof distributeBodySchema>;
type Returns = z.output<typeof distributionReturnsBodySchema>;

const withLines = { lines: true, reservations: true } as const;

/** Names for messages; the lines themselves are re-read under the row lock (`current`). */
async function load(db: Db, id: string) {
  const d = await db.distribution.findUnique({ where: { id }, include: withLines });
  if (!d) throw AppError.notFound('Distribution');
  const refs = await StockRefs.load(
    db,
    d.lines.map((l) => l.itemId),
    [d.locationId],
  );
  return { d, refs, pairs: d.lines.map((l) => ({ itemId: l.itemId, locationId: d.locationId })) };
}

/** The distribution as it stands once claimed (its row is locked by then). */
const current = async (tx: Tx, id: string) =>
  tx.distribution.findUniqueOrThrow({ where: { id }, include: withLines });

/** planned → packed → distributed → closed (or cancelled before it leaves). */
export function createDistributionFlow(db: Db) {
  return {
    /** The packing list reserves stock first-expiring-first: available drops, on hand stays. */
    async pack(id: string, version: number) {
      const { refs, pairs } = await load(db, id);
      await inStockTransaction(db, async (tx) => {
        await claimDistribution(tx, id, version, ['planned'], { status: 'packed' });
        const d = await current(tx, id);
        const stock = await StockSession.open(tx, refs, pairs);
        const held = d.lines.flatMap((l, i) =>
          stock
            .reserve(
              { itemId: l.itemId, locationId: d.locationId, quantity: l.planned },
              `lines/${i}/quantity`,
            )
            .map((a) => ({
              distributionId: id,
              itemId: l.itemId,
              locationId: d.locationId,
              expiresOn: new Date(a.expiresOn),
              quantity: a.quantity,
            })),
        );
        await tx.distributionReservation.createMany({ data: held });
        for (const l of d.lines)
          await tx.distributionLine.update({
            where: { distributionId_itemId: { distributionId: id, itemId: l.itemId } },
            data: { packed: l.planned },
          });
        await stock.flush(tx, null);
      });
      return distributionView(db, id);
    },

    /** What was packed (or, unpacked, what was planned) leaves the location; people served are counted. */
    async distribute(actor: Actor, id: string, body: Distribute, requestKey: LedgerKey | null) {
      const { refs, pairs } = await load(db, id);
      const occurredAt = occurredAtOf(body.distributedAt, 'body/distributedAt');
      const served = {
        servedMen: body.served.men,
        servedWomen: body.served.women,
        servedFamilies: body.served.families,
        servedMinors: body.served.minors,
      };
      await inStockTransaction(db, async (tx) => {
        const d = await current(tx, id);
        await claimDistribution(tx, id, body.version, ['planned', 'packed'], {
          status: 'distributed',
          distributedAt: occurredAt,
          ...served,
        });
        const stock = await StockSession.open(tx, refs, pairs);
        if (d.status === 'packed') {
          for (const r of d.reservations)
            stock.sendReserved(r, { expiresOn: isoDate(r.expiresOn), quantity: r.quantity });
          await tx.distributionReservation.deleteMany({ where: { distributionId: id } });
        } else {
          d.lines.forEach((l, i) =>
            stock.takeOut(
              'distribute',
              { itemId: l.itemId, locationId: d.locationId, quantity: l.planned, expiresOn: null },
              `lines/${i}/quantity`,
            ),
          );
        }
        for (const l of d.lines) {
          const sent = d.status === 'packed' ? l.packed : l.planned;
          await tx.distributionLine.update({
            where: { distributionId_itemId: { distributionId: id, itemId: l.itemId } },
            data: { sent },
          });
        }
        const header = {
          kind: 'distribute' as const,
          occurredAt,
          actorId: actor.userId,
          requestKey,
          distributionId: id,
        };
        await stock.flush(tx, header);
      });
      return distributionView(db, id);
    },

    /** What came back re-enters stock, into the batches it left from (earliest expiry first), and closes it. */
    async returns(actor: Actor, id: string, body: Returns, requestKey: LedgerKey | null) {
      const { d, refs, pairs } = await load(db, id);
      const sentOf = new Map(d.lines.map((l) => [l.itemId, l.sent]));
      body.lines.forEach((l, i) => {
        if (!sentOf.has(l.itemId)) refs.problem(`body/lines/${i}/itemId`, 'Not in this distribution');
        else if (l.quantity > sentOf.get(l.itemId)!)
          refs.problem(`body/lines/${i}/quantity`, `At most ${sentOf.get(l.itemId)} were sent`);
      });
      refs.check();
      const sentBatches = await db.stockMovement.findMany({
        where: { kind: 'distribute', operation: { distributionId: id } },
        orderBy: [{ expiresOn: 'asc' }],
      });
      await inStockTransaction(db, async (tx) => {
        await claimDistribution(tx, id, body.version, ['distributed'], { status: 'closed' });
        const stock = await StockSession.open(tx, refs, pairs);
        for (const l of body.lines) {
          let left = l.quantity;
          for (const m of sentBatches.filter((b) => b.itemId === l.itemId)) {
            const back = Math.min(left, -m.quantity);
            if (back > 0) stock.putIn('return', l.itemId, d.locationId, back, isoDate(m.expiresOn));
            left -= back;
          }
          await tx.distributionLine.update({
            where: { distributionId_itemId: { distributionId: id, itemId: l.itemId } },
            data: { returned: l.quantity },
          });
        }
        const header = {
          kind: 'return' as const,
          occurredAt: new Date(),
          actorId: actor.userId,
          requestKey,
          distributionId: id,
        };
        await stock.flush(tx, stock.movementCount ? header : null);
      });
      return distributionView(db, id);
    },

    /** Called off before it left: packed stock is released. */
    async cancel(id: string, version: number) {
      const { refs, pairs } = await load(db, id);
      await inStockTransaction(db, async (tx) => {
        const d = await current(tx, id);
        await claimDistribution(tx, id, version, ['planned', 'packed'], { status: 'cancelled' });
        const stock = await StockSession.open(tx, refs, pairs);
        for (const r of d.reservations)
          stock.release(r, { expiresOn: isoDate(r.expiresOn), quantity: r.quantity });
        await tx.distributionReservation.deleteMany({ where: { distributionId: id } });
        await stock.flush(tx, null);
      });
      return distributionView(db, id);
    },
  };
}
