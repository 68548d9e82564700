import {
  POLICE_WRITE_OFF_REASONS,
  type receiptBodySchema,
  type transferBodySchema,
  type writeOffBodySchema,
} from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { moveBoxes } from '../boxes/move-boxes';
import { operationView, recordIncoming, recordOperation } from '../ledger/operations';
import { StockRefs, occurredAtOf } from '../ledger/stock-refs';
import { NO_EXPIRY } from '../ledger/stock-session';
import type { LedgerKey } from '../ledger/request-key';

type Receipt = z.output<typeof receiptBodySchema>;
type Transfer = z.output<typeof transferBodySchema>;
type WriteOff = z.output<typeof writeOffBodySchema>;

export type StockService = ReturnType<typeof createStockService>;

const police = (reason: string) => (POLICE_WRITE_OFF_REASONS as readonly string[]).includes(reason);

/** Police write-offs are evidence: they must point at the eviction (with the collective's property) or incident. */
async function checkEvidenceLinks(db: Db, refs: StockRefs, body: WriteOff) {
  if (police(body.reason) && !body.evictionId && !body.incidentId) {
    refs.problem('body/evictionId', 'Link the eviction or incident where the police took it');
  }
  if (body.evictionId) {
    const eviction = await db.eviction.findUnique({
      where: { id: body.evictionId },
      select: { property: { select: { collectiveOwned: true } } },
    });
    if (!eviction) refs.problem('body/evictionId', 'No such eviction');
    else if (!eviction.property.some((p) => p.collectiveOwned))
      refs.problem(
        'body/evictionId',
        "The eviction record lists none of the collective's property: mark it there",
      );
  }
  if (
    body.incidentId &&
    !(await db.incident.findUnique({ where: { id: body.incidentId }, select: { id: true } }))
  ) {
    refs.problem('body/incidentId', 'No such incident');
  }
}

/** Donations in, vans loaded, losses written off: each one operation in the ledger. */
export function createStockService(db: Db) {
  return {
    async receive(actor: Actor, body: Receipt, requestKey: LedgerKey | null) {
      const occurredAt = occurredAtOf(body.occurredAt);
      const refs = await StockRefs.load(
        db,
        body.lines.map((l) => l.itemId),
        [body.locationId],
      );
      refs.needLocation(body.locationId, 'body/locationId');
      body.lines.forEach((l, i) =>
        refs.needItem(l.itemId, `body/lines/${i}`, { incoming: true, expiresOn: l.expiresOn }),
      );
      refs.check();
      return recordIncoming(
        db,
        {
          kind: 'receive',
          occurredAt,
          actorId: actor.userId,
          requestKey,
          source: body.source,
          donor: body.donor,
          note: body.note,
        },
        refs,
        body.lines.map((l) => ({ itemId: l.itemId, locationId: body.locationId })),
        (stock) => {
          for (const l of body.lines)
            stock.putIn('receive', l.itemId, body.locationId, l.quantity, l.expiresOn ?? NO_EXPIRY);
        },
      );
    },

    /** Both sides in one transaction; batches travel with their expiry dates; labelled boxes follow. */
    async transfer(actor: Actor, body: Transfer, requestKey: LedgerKey | null) {
      const occurredAt = occurredAtOf(body.occurredAt);
      const refs = await StockRefs.load(
        db,
        body.lines.map((l) => l.itemId),
        [body.fromLocationId, body.toLocationId],
      );
      refs
        .needLocation(body.fromLocationId, 'body/fromLocationId', false)
        .needLocation(body.toLocationId, 'body/toLocationId');
      if (body.fromLocationId === body.toLocationId) refs.problem('body/toLocationId', 'Same as the origin');
      body.lines.forEach((l, i) => refs.needItem(l.itemId, `body/lines/${i}`, { expiresOn: l.expiresOn }));
      refs.check();
      const pairs = body.lines.flatMap((l) => [
        { itemId: l.itemId, locationId: body.fromLocationId },
        { itemId: l.itemId, locationId: body.toLocationId },
      ]);
      const header = {
        kind: 'transfer' as const,
        occurredAt,
        actorId: actor.userId,
        requestKey,
        note: body.note,
      };
      const boxIds = body.lines.flatMap((l) => (l.boxId ? [l.boxId] : []));
      return recordOperation(db, header, refs, pairs, async (stock, sql) => {
        body.lines.forEach((l, i) => {
          const line = {
            itemId: l.itemId,
            locationId: body.fromLocationId,
            quantity: l.quantity,
            expiresOn: l.expiresOn ?? null,
          };
          for (const a of stock.takeOut('transfer_out', line, `body/lines/${i}/quantity`)) {
            stock.putIn('transfer_in', l.itemId, body.toLocationId, a.quantity, a.expiresOn);
          }
        });
        if (boxIds.length) await moveBoxes(sql, boxIds, body.toLocationId);
      });
    },

    async writeOff(actor: Actor, body: WriteOff, requestKey: LedgerKey | null) {
      const occurredAt = occurredAtOf(body.occurredAt);
      const refs = await StockRefs.load(
        db,
        body.lines.map((l) => l.itemId),
        [body.locationId],
      );
      refs.needLocation(body.locationId, 'body/locationId', false);
      body.lines.forEach((l, i) => refs.needItem(l.itemId, `body/lines/${i}`, { expiresOn: l.expiresOn }));
      await checkEvidenceLinks(db, refs, body);
      refs.check();
      const header = {
        kind: 'write_off' as const,
        occurredAt,
        actorId: actor.userId,
        requestKey,
        writeOffReason: body.reason,
        evictionId: body.evictionId,
        incidentId: body.incidentId,
        note: body.note,
      };
      const pairs = body.lines.map((l) => ({ itemId: l.itemId, locationId: body.locationId }));
      return recordOperation(db, header, refs, pairs, (stock) => {
        body.lines.forEach((l, i) => {
          const line = {
            itemId: l.itemId,
            locationId: body.locationId,
            quantity: l.quantity,
            expiresOn: l.expiresOn ?? null,
          };
          stock.takeOut('write_off', line, `body/lines/${i}/quantity`);
        });
      });
    },

    operation: (id: string) => operationView(db, id),
  };
}
