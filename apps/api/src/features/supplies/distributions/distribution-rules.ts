import { type Db, type DistributionStatus, Prisma, type Tx, sqlOf } from '@vigil/db';
import { AppError } from '../../../lib/app-error';
import { StockRefs } from '../ledger/stock-refs';

interface DistributionInput {
  locationId: string;
  siteId?: string | null;
  needId?: string | null;
  lines: { itemId: string; quantity: number }[];
}

/**
 * Location open, items known and listed once, site and need real, and the need still open unless it
 * is `keptNeedId` (a planned distribution keeps answering its need after the need is marked met).
 */
export async function checkedDistributionRefs(
  db: Db,
  body: DistributionInput,
  keptNeedId: string | null = null,
): Promise<StockRefs> {
  const refs = await StockRefs.load(
    db,
    body.lines.map((l) => l.itemId),
    [body.locationId],
  );
  refs.needLocation(body.locationId, 'body/locationId');
  const seen = new Set<string>();
  body.lines.forEach((l, i) => {
    refs.needItem(l.itemId, `body/lines/${i}`);
    if (seen.has(l.itemId)) refs.problem(`body/lines/${i}/itemId`, 'Listed twice');
    seen.add(l.itemId);
  });
  if (body.siteId && !(await db.site.findUnique({ where: { id: body.siteId }, select: { id: true } }))) {
    refs.problem('body/siteId', 'No such site');
  }
  if (body.needId) {
    const need = await db.supplyNeed.findUnique({ where: { id: body.needId }, select: { status: true } });
    if (!need) refs.problem('body/needId', 'No such need');
    else if (need.status !== 'open' && body.needId !== keptNeedId)
      refs.problem('body/needId', 'This need is no longer open');
  }
  refs.check();
  return refs;
}

export async function nextDistributionReference(tx: Tx, at: Date): Promise<string> {
  const [row] = await sqlOf(tx).query<{ n: bigint }>(
    Prisma.sql`SELECT nextval('distribution_reference_seq') AS n`,
  );
  return `DIS-${at.getUTCFullYear()}-${String(row?.n ?? 0).padStart(6, '0')}`;
}

/**
 * Moves a distribution on from one of the expected statuses, at the version the caller saw. The row
 * lock this takes comes before any stock lock, in every path, so the two never wait on each other
 * in opposite orders.
 */
export async function claimDistribution(
  tx: Tx,
  id: string,
  version: number,
  from: DistributionStatus[],
  data: Prisma.DistributionUpdateManyMutationInput,
) {
  const done = await tx.distribution.updateMany({
    where: { id, version, status: { in: from } },
    data: { ...data, version: version + 1 },
  });
  if (done.count === 1) return;
  const current = await tx.distribution.findUnique({
    where: { id },
    select: { status: true, version: true },
  });
  if (!current) throw AppError.notFound('Distribution');
  if (current.version !== version)
    throw AppError.conflict('Someone changed this distribution meanwhile: reload it');
  throw AppError.conflict(`This distribution is ${current.status}: it cannot do that now`);
}

/** Thrown inside a transaction when the Idempotency-Key was already used: roll back, answer the first. */
export class AlreadyRecorded extends Error {
  constructor(readonly operationId: string) {
    super('already recorded');
  }
}
