import type { StockOperationView } from '@vigil/contracts';
import type { Db, DbOrTx, SqlRunner } from '@vigil/db';
import { AppError } from '../../../lib/app-error';
import { displayNames } from '../../sites/sites-repository';
import { type LedgerWrite, type OperationHeader, type PlannedMovement, findReplay } from './ledger-write';
import { type StockRefs, itemRefSelect, locationRefSelect } from './stock-refs';
import { NO_EXPIRY, type StockPair, StockSession } from './stock-session';
import { inSqlStockTransaction, withStockRetries } from './stock-transaction';

export type { OperationHeader } from './ledger-write';

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** A batch date for views: null for "no expiry". */
export const batchOf = (date: Date) => (isoDate(date) === NO_EXPIRY ? null : isoDate(date));

type Recorded = { replay: string } | { written: LedgerWrite; planned: PlannedMovement[] };

const recorded = (session: StockSession, written: LedgerWrite): Recorded =>
  written.replayed ? { replay: written.operationId! } : { written, planned: [...session.planned] };

/**
 * Records one stock operation in one transaction: locks, planned movements, then header, movements and
 * balances in a single statement. A retry of a key already recorded is answered with the first one.
 */
export function recordOperation(
  db: Db,
  header: OperationHeader,
  refs: StockRefs,
  pairs: StockPair[],
  plan: (session: StockSession, sql: SqlRunner) => void | Promise<void>,
): Promise<StockOperationView> {
  return answer(db, header, refs, () =>
    inSqlStockTransaction(db, async (sql) => {
      const session = await StockSession.open(sql, refs, pairs);
      await plan(session, sql);
      return recorded(session, await session.flush(sql, header));
    }),
  );
}

/** Records stock that only comes in: one statement, no locks (see `StockSession.incoming`). */
export function recordIncoming(
  db: Db,
  header: OperationHeader,
  refs: StockRefs,
  pairs: StockPair[],
  plan: (session: StockSession) => void,
): Promise<StockOperationView> {
  return answer(db, header, refs, () =>
    withStockRetries(async () => {
      const session = StockSession.incoming(refs, pairs);
      plan(session);
      return recorded(session, await session.flush(db, header));
    }),
  );
}

async function answer(
  db: Db,
  header: OperationHeader,
  refs: StockRefs,
  record: () => Promise<Recorded>,
): Promise<StockOperationView> {
  let done: Recorded;
  try {
    done = await record();
  } catch (error) {
    // A retry of an operation already recorded may meet the stock it already took: answer with the first.
    const replay =
      error instanceof AppError && error.code === 'CONFLICT' ? await findReplay(db, header) : null;
    if (!replay) throw error;
    done = { replay };
  }
  if ('replay' in done) return operationView(db, done.replay);
  return writtenView(db, header, done.written, done.planned, refs);
}

const NAME_TTL_MS = 60_000;
const names = new Map<string, { name: string; until: number }>();

/** Display names change rarely; every recorded movement answers with one, so keep them a minute. */
export async function displayNameOf(db: DbOrTx, userId: string): Promise<string> {
  const hit = names.get(userId);
  if (hit && hit.until > Date.now()) return hit.name;
  const name = (await displayNames(db, [userId])).get(userId) ?? 'unknown';
  if (names.size > 1_000) names.clear();
  names.set(userId, { name, until: Date.now() + NAME_TTL_MS });
  return name;
}

/** The view of an operation just written, from what the transaction knows (no re-read of the ledger). */
async function writtenView(
  db: DbOrTx,
  header: OperationHeader,
  written: LedgerWrite,
  planned: PlannedMovement[],
  refs: StockRefs,
): Promise<StockOperationView> {
  return {
    id: written.operationId!,
    kind: header.kind,
    occurredAt: header.occurredAt,
    createdAt: written.createdAt,
    actor: { id: header.actorId, displayName: await displayNameOf(db, header.actorId) },
    source: header.source ?? null,
    donor: header.donor ?? null,
    writeOffReason: header.writeOffReason ?? null,
    evictionId: header.evictionId ?? null,
    incidentId: header.incidentId ?? null,
    distributionId: header.distributionId ?? null,
    note: header.note ?? null,
    movements: planned.map((m, i) => ({
      id: written.movementIds[i]!,
      kind: m.kind,
      item: refs.itemRef(m.itemId),
      location: refs.locationRef(m.locationId),
      expiresOn: m.expiresOn === NO_EXPIRY ? null : m.expiresOn,
      quantity: m.quantity,
    })),
  };
}

export async function operationView(db: DbOrTx, id: string): Promise<StockOperationView> {
  const op = await db.stockOperation.findUnique({
    where: { id },
    include: {
      movements: {
        orderBy: { id: 'asc' },
        include: { item: { select: itemRefSelect }, location: { select: locationRefSelect } },
      },
    },
  });
  if (!op) throw AppError.notFound('Stock operation');
  const names = await displayNames(db, [op.actorId]);
  return {
    id: op.id,
    kind: op.kind,
    occurredAt: op.occurredAt,
    createdAt: op.createdAt,
    actor: { id: op.actorId, displayName: names.get(op.actorId) ?? 'unknown' },
    source: op.source,
    donor: op.donor,
    writeOffReason: op.writeOffReason,
    evictionId: op.evictionId,
    incidentId: op.incidentId,
    distributionId: op.distributionId,
    note: op.note,
    movements: op.movements.map((m) => ({
      id: m.id.toString(),
      kind: m.kind,
      item: m.item,
      location: m.location,
      expiresOn: batchOf(m.expiresOn),
      quantity: m.quantity,
    })),
  };
}
