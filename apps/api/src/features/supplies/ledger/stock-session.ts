import { createHash } from 'node:crypto';
import { Prisma, type SqlTarget, type StockMovementKind, sqlOf } from '@vigil/db';
import { AppError } from '../../../lib/app-error';
import { type LedgerWrite, type OperationHeader, type PlannedMovement, writeLedger } from './ledger-write';

/** The batch of an item whose expiry is not tracked: it sorts after every date (first-expiring-first). */
export const NO_EXPIRY = '9999-12-31';

export interface Batch {
  expiresOn: string;
  onHand: number;
  reserved: number;
}
export interface Allocation {
  expiresOn: string;
  quantity: number;
}
export interface StockPair {
  itemId: string;
  locationId: string;
}
/** How errors name things: "Tent, 2 people" at "Van 1". */
export interface StockNames {
  item(id: string): string;
  location(id: string): string;
}

interface Delta extends StockPair {
  expiresOn: string;
  onHand: number;
  reserved: number;
}

const pairKey = (itemId: string, locationId: string) => `${itemId}|${locationId}`;
const available = (batches: readonly Batch[]) => batches.reduce((sum, b) => sum + b.onHand - b.reserved, 0);

/** A 64-bit advisory lock id per (item, location); a collision only serialises two keys needlessly. */
function lockId(key: string): bigint {
  return createHash('sha256').update(key).digest().readBigInt64BE(0);
}

/**
 * The only code that changes stock. Inside one transaction it locks every (item, location) an
 * operation touches — advisory locks taken in one global order, so opposite transfers can wait for each
 * other but never deadlock — reads their batches, plans movements against that locked snapshot
 * (refusing with a 409 that names item, location, quantity asked and available), then writes the
 * movements and the balance changes in two statements. The balance upsert re-checks the guard
 * atomically and a trigger refuses negative stock, so even a bug here cannot oversell.
 */
export class StockSession {
  private readonly batches = new Map<string, Batch[]>();
  private readonly movements: PlannedMovement[] = [];
  private readonly deltas = new Map<string, Delta>();

  private constructor(
    private readonly names: StockNames,
    /** False for a session that only puts stock in: it read nothing, so it cannot plan anything else. */
    private readonly locked = true,
  ) {}

  /**
   * A session for stock that only comes in (a receipt). Nothing it plans depends on what is there, and
   * its one statement adds to the balances atomically, so it needs neither locks nor a transaction: a
   * receipt costs three round trips fewer. A concurrent locked operation that reads the same batches
   * sees the receipt either before or after, as if the two had run one after the other.
   */
  static incoming(names: StockNames, pairs: StockPair[]): StockSession {
    const session = new StockSession(names, false);
    for (const p of pairs) session.batches.set(pairKey(p.itemId, p.locationId), []);
    return session;
  }

  static async open(tx: SqlTarget, names: StockNames, pairs: StockPair[]): Promise<StockSession> {
    const session = new StockSession(names);
    const unique = [...new Map(pairs.map((p) => [pairKey(p.itemId, p.locationId), p])).values()];
    const ids = unique
      .map((p) => lockId(pairKey(p.itemId, p.locationId)))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map(String);
    for (const p of unique) session.batches.set(pairKey(p.itemId, p.locationId), []);
    // One round trip: the function locks in id order, then reads with a snapshot taken after the locks.
    const rows = await sqlOf(tx).query<{
      item_id: string;
      location_id: string;
      expires_on: Date;
      on_hand: number;
      reserved: number;
    }>(Prisma.sql`
      SELECT item_id::text, location_id::text, expires_on, on_hand, reserved
      FROM stock_lock_batches(${unique.map((p) => p.itemId)}::uuid[], ${unique.map((p) => p.locationId)}::uuid[],
                              ${ids}::bigint[])
      ORDER BY expires_on`);
    for (const row of rows) {
      session.batchesOf(row.item_id, row.location_id).push({
        expiresOn: row.expires_on.toISOString().slice(0, 10),
        onHand: row.on_hand,
        reserved: row.reserved,
      });
    }
    return session;
  }

  /** The locked batches of an item at a location, first-expiring-first, as planned so far. */
  batchesOf(itemId: string, locationId: string): Batch[] {
    const batches = this.batches.get(pairKey(itemId, locationId));
    if (!batches) throw new Error(`stock of ${itemId} at ${locationId} was not locked`);
    return batches;
  }

  /** Puts stock in (a receipt, the arriving side of a transfer, a return). */
  putIn(kind: StockMovementKind, itemId: string, locationId: string, quantity: number, expiresOn: string) {
    this.change(kind, { itemId, locationId, expiresOn, onHand: quantity, reserved: 0 });
  }

  /** Takes available stock out, from one batch or first-expiring-first. */
  takeOut(
    kind: StockMovementKind,
    line: StockPair & { quantity: number; expiresOn: string | null },
    path: string,
  ): Allocation[] {
    const allocations = this.allocate(line, path);
    for (const a of allocations) {
      this.change(kind, { ...line, expiresOn: a.expiresOn, onHand: -a.quantity, reserved: 0 });
    }
    return allocations;
  }

  /** Holds available stock for a packed distribution: available drops, on hand does not. */
  reserve(line: StockPair & { quantity: number }, path: string): Allocation[] {
    const allocations = this.allocate({ ...line, expiresOn: null }, path);
    for (const a of allocations)
      this.change(null, { ...line, expiresOn: a.expiresOn, onHand: 0, reserved: a.quantity });
    return allocations;
  }

  /** Lets go of a reservation (a distribution unpacked or cancelled). */
  release(pair: StockPair, allocation: Allocation) {
    this.change(null, {
      ...pair,
      expiresOn: allocation.expiresOn,
      onHand: 0,
      reserved: -allocation.quantity,
    });
  }

  /** Sends reserved stock out with its distribution: on hand and reserved drop together. */
  sendReserved(pair: StockPair, allocation: Allocation) {
    const q = allocation.quantity;
    this.change('distribute', { ...pair, expiresOn: allocation.expiresOn, onHand: -q, reserved: -q });
  }

  /** A stock-take line: the counted quantity becomes the batch's on hand; returns the adjustment. */
  countAs(pair: StockPair, expiresOn: string, counted: number, path: string): number {
    this.mustHaveRead();
    const batch = this.batchesOf(pair.itemId, pair.locationId).find((b) => b.expiresOn === expiresOn);
    const reserved = batch?.reserved ?? 0;
    if (counted < reserved) {
      throw AppError.conflict(
        `${this.where(pair)}: counted ${counted}, but packed distributions hold ${reserved}; unpack them first`,
        [{ path, message: `At least ${reserved} are packed for distributions` }],
      );
    }
    const difference = counted - (batch?.onHand ?? 0);
    if (difference !== 0) this.change('adjust', { ...pair, expiresOn, onHand: difference, reserved: 0 });
    return difference;
  }

  get movementCount(): number {
    return this.movements.length;
  }

  /** The movements planned so far, in order. */
  get planned(): readonly PlannedMovement[] {
    return this.movements;
  }

  /**
   * Writes the operation (when given), the planned movements and the balance changes in one statement.
   * A repeated Idempotency-Key writes nothing and reports the first operation.
   */
  flush(tx: SqlTarget, header: OperationHeader | null): Promise<LedgerWrite> {
    const deltas = [...this.deltas.values()].filter((x) => x.onHand !== 0 || x.reserved !== 0);
    return writeLedger(tx, header, this.movements, deltas);
  }

  private where(pair: StockPair): string {
    return `"${this.names.item(pair.itemId)}" at "${this.names.location(pair.locationId)}"`;
  }

  private allocate(
    line: StockPair & { quantity: number; expiresOn: string | null },
    path: string,
  ): Allocation[] {
    this.mustHaveRead();
    const all = this.batchesOf(line.itemId, line.locationId);
    const batches = line.expiresOn ? all.filter((b) => b.expiresOn === line.expiresOn) : all;
    const have = available(batches);
    if (have < line.quantity) {
      const batch =
        line.expiresOn && line.expiresOn !== NO_EXPIRY ? ` (batch expiring ${line.expiresOn})` : '';
      throw AppError.conflict(
        `Not enough ${this.where(line)}${batch}: asked ${line.quantity}, available ${have}`,
        [{ path, message: `Asked ${line.quantity}, available ${have}` }],
      );
    }
    const allocations: Allocation[] = [];
    let left = line.quantity;
    for (const b of batches) {
      const take = Math.min(left, b.onHand - b.reserved);
      if (take > 0) allocations.push({ expiresOn: b.expiresOn, quantity: take });
      left -= Math.max(take, 0);
      if (left === 0) break;
    }
    return allocations;
  }

  private mustHaveRead() {
    if (!this.locked) throw new Error('a session opened for incoming stock read no batches');
  }

  private change(kind: StockMovementKind | null, delta: Delta) {
    if (delta.onHand < 0 || delta.reserved !== 0) this.mustHaveRead();
    const batches = this.batchesOf(delta.itemId, delta.locationId);
    let batch = batches.find((b) => b.expiresOn === delta.expiresOn);
    if (!batch) {
      batch = { expiresOn: delta.expiresOn, onHand: 0, reserved: 0 };
      batches.push(batch);
      batches.sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
    }
    batch.onHand += delta.onHand;
    batch.reserved += delta.reserved;
    const k = `${pairKey(delta.itemId, delta.locationId)}|${delta.expiresOn}`;
    const sum = this.deltas.get(k) ?? { ...delta, onHand: 0, reserved: 0 };
    sum.onHand += delta.onHand;
    sum.reserved += delta.reserved;
    this.deltas.set(k, sum);
    if (kind && delta.onHand !== 0) {
      const { itemId, locationId, expiresOn, onHand } = delta;
      this.movements.push({ kind, itemId, locationId, expiresOn, quantity: onHand });
    }
  }
}
