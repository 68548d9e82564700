import type { DbOrTx, Prisma, SiteStatus, SiteType } from '@vigil/db';

export const siteDetailInclude = {
  statusLog: { orderBy: { at: 'desc' } },
  populations: { orderBy: { at: 'desc' }, take: 50 },
} satisfies Prisma.SiteInclude;

export type SiteRecord = Prisma.SiteGetPayload<{ include: typeof siteDetailInclude }>;

export function listSites(
  db: DbOrTx,
  where: { commune?: string; status?: SiteStatus; type?: SiteType; q?: string },
) {
  return db.site.findMany({
    where: {
      commune: where.commune,
      status: where.status,
      type: where.type,
      ...(where.q
        ? { OR: [{ name: { contains: where.q, mode: 'insensitive' } }, { aliases: { has: where.q } }] }
        : {}),
    },
    include: { populations: { orderBy: { at: 'desc' }, take: 1, select: { at: true, people: true } } },
    orderBy: [{ commune: 'asc' }, { name: 'asc' }],
  });
}

export function findSite(db: DbOrTx, id: string) {
  return db.site.findUnique({ where: { id }, include: siteDetailInclude });
}

export function insertSite(db: DbOrTx, data: Prisma.SiteUncheckedCreateInput) {
  return db.site.create({ data });
}

export function updateSite(db: DbOrTx, id: string, data: Prisma.SiteUncheckedUpdateInput) {
  return db.site.update({ where: { id }, data });
}

export function insertStatusChange(db: DbOrTx, data: Prisma.SiteStatusChangeUncheckedCreateInput) {
  return db.siteStatusChange.create({ data });
}

export function latestStatusChange(db: DbOrTx, siteId: string) {
  return db.siteStatusChange.findFirst({ where: { siteId }, orderBy: { at: 'desc' } });
}

export function insertPopulation(db: DbOrTx, data: Prisma.PopulationSnapshotUncheckedCreateInput) {
  return db.populationSnapshot.create({ data });
}

export async function displayNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
