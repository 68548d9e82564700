import {
  Prisma,
  type SqlTarget,
  type StockMovementKind,
  type StockOperationKind,
  type SupplySource,
  type WriteOffReason,
  sqlOf,
} from '@vigil/db';
import { AppError } from '../../../lib/app-error';
import type { LedgerKey } from './request-key';

export interface OperationHeader {
  kind: StockOperationKind;
  occurredAt: Date;
  actorId: string;
  /** The request's Idempotency-Key, when it came with one. */
  requestKey: LedgerKey | null;
  source?: SupplySource | null;
  donor?: string | null;
  writeOffReason?: WriteOffReason | null;
  evictionId?: string | null;
  incidentId?: string | null;
  distributionId?: string | null;
  note?: string | null;
}

export interface PlannedMovement {
  kind: StockMovementKind;
  itemId: string;
  locationId: string;
  expiresOn: string;
  quantity: number;
}

export interface BalanceDelta {
  itemId: string;
  locationId: string;
  expiresOn: string;
  onHand: number;
  reserved: number;
}

export interface LedgerWrite {
  /** Null when no header was given (a reservation changes balances only). */
  operationId: string | null;
  /** The same actor already recorded an operation with this Idempotency-Key: nothing was written. */
  replayed: boolean;
  createdAt: Date;
  movementIds: string[];
}

const column = <T>(rows: T[], pick: (row: T) => unknown) => rows.map(pick);

/**
 * Writes an operation's header, its movements and the balance changes in ONE statement, so a request
 * costs one round trip for all its writes. The header insert skips a repeated (actor, key): then the
 * movements and balances, which depend on it, write nothing either. The balance upsert re-checks the
 * guard and must touch every row it was given, or the whole transaction is refused. The per-item
 * totals (stock_item_totals, read by the stock overview) take the same deltas summed per item; their
 * rows are locked in item order, so two statements never wait on each other crosswise, and a refused
 * balance rolls them back with the rest.
 */
export async function writeLedger(
  tx: SqlTarget,
  header: OperationHeader | null,
  movements: PlannedMovement[],
  deltas: BalanceDelta[],
): Promise<LedgerWrite> {
  if (!header && movements.length) throw new Error('movements need an operation');
  const h = header;
  const op = h
    ? Prisma.sql`op AS (
        INSERT INTO stock_operations (id, kind, occurred_at, actor_id, request_key, request_hash, source, donor,
          write_off_reason, eviction_id, incident_id, distribution_id, note)
        VALUES (gen_random_uuid(), ${h.kind}::"StockOperationKind", ${h.occurredAt}, ${h.actorId}::uuid,
          ${h.requestKey?.key ?? null}, ${h.requestKey?.requestHash ?? null},
          ${h.source ?? null}::"SupplySource", ${h.donor ?? null}, ${h.writeOffReason ?? null}::"WriteOffReason",
          ${h.evictionId ?? null}::uuid, ${h.incidentId ?? null}::uuid, ${h.distributionId ?? null}::uuid, ${h.note ?? null})
        ON CONFLICT (actor_id, request_key) DO NOTHING
        RETURNING id, created_at),`
    : Prisma.sql`op AS (SELECT NULL::uuid AS id, NULL::timestamptz AS created_at),`;
  const m = movements;
  const d = deltas;
  const [row] = await sqlOf(tx).query<{
    id: string | null;
    created_at: Date | null;
    movement_ids: string[] | null;
    balances: number;
  }>(Prisma.sql`
    WITH ${op}
    mv AS (
      INSERT INTO stock_movements (operation_id, kind, item_id, location_id, expires_on, quantity, occurred_at)
      SELECT op.id, t.kind::"StockMovementKind", t.item_id, t.location_id, t.expires_on, t.quantity, ${h?.occurredAt ?? null}::timestamptz
      FROM op, unnest(${column(m, (x) => x.kind)}::text[], ${column(m, (x) => x.itemId)}::uuid[],
                      ${column(m, (x) => x.locationId)}::uuid[], ${column(m, (x) => x.expiresOn)}::date[],
                      ${column(m, (x) => x.quantity)}::int[]) WITH ORDINALITY AS t(kind, item_id, location_id, expires_on, quantity, n)
      ORDER BY t.n
      RETURNING id),
    bal AS (
      INSERT INTO stock_balances AS b (item_id, location_id, expires_on, on_hand, reserved)
      SELECT u.* FROM unnest(${column(d, (x) => x.itemId)}::uuid[], ${column(d, (x) => x.locationId)}::uuid[],
                             ${column(d, (x) => x.expiresOn)}::date[], ${column(d, (x) => x.onHand)}::int[],
                             ${column(d, (x) => x.reserved)}::int[]) AS u
      WHERE ${h ? Prisma.sql`EXISTS (SELECT 1 FROM op)` : Prisma.sql`true`}
      ON CONFLICT (item_id, location_id, expires_on) DO UPDATE
        SET on_hand = b.on_hand + EXCLUDED.on_hand, reserved = b.reserved + EXCLUDED.reserved
        WHERE b.on_hand + EXCLUDED.on_hand >= b.reserved + EXCLUDED.reserved AND b.reserved + EXCLUDED.reserved >= 0
      RETURNING 1),
    tot AS (
      INSERT INTO stock_item_totals AS s (item_id, on_hand, reserved)
      SELECT u.item_id, sum(u.on_hand)::int, sum(u.reserved)::int
      FROM unnest(${column(d, (x) => x.itemId)}::uuid[], ${column(d, (x) => x.onHand)}::int[],
                  ${column(d, (x) => x.reserved)}::int[]) AS u(item_id, on_hand, reserved)
      WHERE ${h ? Prisma.sql`EXISTS (SELECT 1 FROM op)` : Prisma.sql`true`}
      GROUP BY u.item_id ORDER BY u.item_id
      ON CONFLICT (item_id) DO UPDATE SET on_hand = s.on_hand + EXCLUDED.on_hand, reserved = s.reserved + EXCLUDED.reserved)
    SELECT (SELECT id::text FROM op) AS id, (SELECT created_at FROM op) AS created_at, (SELECT array_agg(id ORDER BY id)::text[] FROM mv) AS movement_ids,
           (SELECT count(*)::int FROM bal) AS balances`);
  const replayed = h !== null && !row?.id;
  if (!replayed && row?.balances !== d.length) throw AppError.conflict('The stock changed meanwhile: retry');
  if (!replayed) {
    const createdAt = row?.created_at ?? new Date();
    return { operationId: row?.id ?? null, createdAt, replayed, movementIds: row?.movement_ids ?? [] };
  }
  const existing = await findReplay(tx, h);
  if (!existing) throw AppError.conflict('The stock changed meanwhile: retry');
  return { operationId: existing, createdAt: new Date(), replayed: true, movementIds: [] };
}

/**
 * The operation this actor already recorded with this key, if any: a retry is answered with it (and
 * marked replayed). The same key sent with another request is refused.
 */
export async function findReplay(db: SqlTarget, header: OperationHeader): Promise<string | null> {
  const key = header.requestKey;
  if (!key) return null;
  const [existing] = await sqlOf(db).query<{
    id: string;
    kind: string;
    requestHash: string | null;
  }>(Prisma.sql`
    SELECT id::text, kind::text, request_hash AS "requestHash" FROM stock_operations
    WHERE actor_id = ${header.actorId}::uuid AND request_key = ${key.key}`);
  if (!existing) return null;
  // Operations recorded before fingerprints were kept compare by kind only.
  if (existing.kind !== header.kind || (existing.requestHash ?? key.requestHash) !== key.requestHash) {
    throw AppError.conflict('This Idempotency-Key was already used for a different request', [
      { path: 'headers/idempotency-key', message: 'Use a new key for a new request' },
    ]);
  }
  key.replayed = true;
  return existing.id;
}
