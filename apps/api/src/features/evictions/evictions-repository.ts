import type { EvictionInput } from '@vigil/contracts';
import { type DbOrTx, type Prisma } from '@vigil/db';

export const evictionInclude = {
  site: { select: { id: true, name: true, commune: true } },
  forces: { include: { force: true } },
  property: { include: { propertyType: true } },
  log: { orderBy: [{ observedAt: 'asc' }, { enteredAt: 'asc' }] },
  incidents: { select: { id: true } },
} satisfies Prisma.EvictionInclude;

export type EvictionRecord = Prisma.EvictionGetPayload<{ include: typeof evictionInclude }>;

export function findEviction(db: DbOrTx, id: string) {
  return db.eviction.findUnique({ where: { id }, include: evictionInclude });
}

export async function nextEvictionReference(db: DbOrTx, at: Date): Promise<string> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT nextval('eviction_reference_seq') AS n`;
  return `EVC-${at.getUTCFullYear()}-${String(row?.n ?? 0).padStart(6, '0')}`;
}

export function evictionColumns(input: EvictionInput) {
  const { forces: _f, property: _p, ...columns } = input;
  return columns;
}

export async function replaceEvictionChildren(tx: DbOrTx, evictionId: string, input: EvictionInput) {
  await tx.evictionForce.deleteMany({ where: { evictionId } });
  await tx.evictionProperty.deleteMany({ where: { evictionId } });
  await tx.evictionForce.createMany({ data: input.forces.map((f) => ({ ...f, evictionId })) });
  await tx.evictionProperty.createMany({ data: input.property.map((p) => ({ ...p, evictionId })) });
}

export function listEvictions(
  db: DbOrTx,
  where: Prisma.EvictionWhereInput,
  cursor: { startAt: Date; id: string } | null,
  limit: number,
) {
  return db.eviction.findMany({
    where: cursor
      ? {
          AND: [
            where,
            { OR: [{ startAt: { lt: cursor.startAt } }, { startAt: cursor.startAt, id: { lt: cursor.id } }] },
          ],
        }
      : where,
    include: { site: { select: { id: true, name: true, commune: true } } },
    orderBy: [{ startAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
}
