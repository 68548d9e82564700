import { createHash, randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { type Outcome, acknowledged, call, uploadForm } from './client';
import type { References } from './references';

export type WriteKind = 'incident' | 'file' | 'stock' | 'log';
export const WRITE_KINDS: WriteKind[] = ['incident', 'file', 'stock', 'log'];

/** One write the client sent: what identifies it in the database, and what the client was told. */
export interface Write {
  kind: WriteKind;
  /** Incident title, file SHA-256, Idempotency-Key of a stock operation, or log entry text. */
  marker: string;
  /** Stock operations: how many ledger movements the operation must have (receipt 1, transfer 2). */
  movements?: number;
  outcome: Outcome | null;
}

/** Every write sent, with a live count of those still waiting for an answer. */
export class WriteLog {
  readonly writes: Write[] = [];
  private readonly pending = new Map<WriteKind, number>();

  async track(write: Omit<Write, 'outcome'>, send: () => Promise<Outcome>): Promise<Outcome> {
    const entry: Write = { ...write, outcome: null };
    this.writes.push(entry);
    this.pending.set(write.kind, (this.pending.get(write.kind) ?? 0) + 1);
    try {
      entry.outcome = await send();
      return entry.outcome;
    } finally {
      this.pending.set(write.kind, (this.pending.get(write.kind) ?? 0) - 1);
    }
  }

  inFlight(): Record<WriteKind, number> {
    return Object.fromEntries(WRITE_KINDS.map((kind) => [kind, this.pending.get(kind) ?? 0])) as Record<
      WriteKind,
      number
    >;
  }

  acknowledged(kind: WriteKind): Write[] {
    return this.writes.filter((w) => w.kind === kind && w.outcome && acknowledged(w.outcome));
  }
}

/** A small photo whose pixels are random, so every upload has its own SHA-256. */
async function uniquePhoto(): Promise<Buffer> {
  return sharp(randomBytes(48 * 48 * 3), { raw: { width: 48, height: 48, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * The writes the scenarios send: an incident with two acts followed by a photo of it, a stock
 * receipt or transfer with an Idempotency-Key, an observation-log entry. `run` makes every marker
 * unique to this run, so the checks find exactly this run's rows.
 */
export function writers(refs: References, token: string, run: string, log: WriteLog) {
  let n = 0;
  const next = () => (n += 1);
  return {
    /** Enough stock of each item at the first location for every transfer of the run. */
    async prime(): Promise<void> {
      const res = await call(token, 'POST', '/api/supplies/receipts', {
        locationId: refs.fromLocationId,
        source: 'donation',
        lines: refs.itemIds.map((itemId) => ({ itemId, quantity: 100_000 })),
      });
      if (!acknowledged(res)) throw new Error(`priming the stock failed: ${res.status} ${res.code}`);
    },

    async incidentWithPhoto(): Promise<void> {
      const title = `faults ${run} incident ${next()}`;
      const acts = refs.actTypeIds.map((actTypeId) => ({ actTypeId, description: 'tents slashed' }));
      const created = await log.track({ kind: 'incident', marker: title }, () =>
        call(token, 'POST', '/api/incidents', {
          title,
          startAt: new Date().toISOString(),
          sourceType: 'first_hand',
          acts,
        }),
      );
      if (!acknowledged(created)) return;
      const id = (created.body as { incident: { id: string } }).incident.id;
      const photo = await uniquePhoto();
      const sha256 = createHash('sha256').update(photo).digest('hex');
      await log.track({ kind: 'file', marker: sha256 }, () =>
        call(token, 'POST', `/api/incidents/${id}/files`, uploadForm(photo, `faults-${n}.jpg`)),
      );
    },

    async stockMovement(): Promise<Outcome> {
      const i = next();
      const key = `faults-${run}-stock-${i}`;
      const itemId = refs.itemIds[i % refs.itemIds.length]!;
      const transfer = i % 2 === 0;
      const body = transfer
        ? {
            fromLocationId: refs.fromLocationId,
            toLocationId: refs.toLocationId,
            lines: [{ itemId, quantity: 1 }],
          }
        : { locationId: refs.fromLocationId, source: 'donation', lines: [{ itemId, quantity: 3 }] };
      return log.track({ kind: 'stock', marker: key, movements: transfer ? 2 : 1 }, () =>
        call(token, 'POST', transfer ? '/api/supplies/transfers' : '/api/supplies/receipts', body, {
          'idempotency-key': key,
        }),
      );
    },

    async logAppend(): Promise<Outcome> {
      const i = next();
      const text = `faults ${run} log ${i}`;
      const evictionId = refs.evictionIds[i % refs.evictionIds.length]!;
      return log.track({ kind: 'log', marker: text }, () =>
        call(
          token,
          'POST',
          `/api/evictions/${evictionId}/log`,
          { observedAt: new Date().toISOString(), text },
          { 'idempotency-key': `faults-${run}-log-${i}` },
        ),
      );
    },
  };
}
