import {
  type DbOrTx,
  Prisma,
  type Site,
  type SiteStatus,
  type SiteType,
  type SqlTarget,
  sqlOf,
} from '@vigil/db';
import { containsPattern } from '../search/search-text';

export const siteDetailInclude = {
  statusLog: { orderBy: { at: 'desc' } },
  populations: { orderBy: { at: 'desc' }, take: 50 },
} satisfies Prisma.SiteInclude;

export type SiteRecord = Prisma.SiteGetPayload<{ include: typeof siteDetailInclude }>;

export type SiteListRow = Pick<
  Site,
  'id' | 'name' | 'aliases' | 'type' | 'commune' | 'area' | 'status' | 'updatedAt'
> & {
  populations: { at: Date; people: number }[];
};

/**
 * Every site matching the filters with its latest population count, in one raw statement: the list
 * is read on every dashboard page, and Prisma compiled the same query plan for it on each request.
 */
export async function listSites(
  db: SqlTarget,
  where: { commune?: string; status?: SiteStatus; type?: SiteType; q?: string },
): Promise<SiteListRow[]> {
  const conditions = [
    ...(where.commune ? [Prisma.sql`s.commune = ${where.commune}`] : []),
    ...(where.status ? [Prisma.sql`s.status = ${where.status}::"SiteStatus"`] : []),
    ...(where.type ? [Prisma.sql`s.type = ${where.type}::"SiteType"`] : []),
    ...(where.q
      ? [Prisma.sql`(s.name ILIKE ${containsPattern(where.q)} OR ${where.q} = ANY(s.aliases))`]
      : []),
  ];
  const rows = await sqlOf(db).query<
    Omit<SiteListRow, 'populations'> & { at: Date | null; people: number | null }
  >(Prisma.sql`
    SELECT s.id::text AS id, s.name, s.aliases, s.type::text AS type, s.commune, s.area, s.status::text AS status,
           s.updated_at AS "updatedAt", p.at, p.people
    FROM sites s
    LEFT JOIN LATERAL (SELECT at, people FROM population_snapshots WHERE site_id = s.id ORDER BY at DESC LIMIT 1) p ON true
    WHERE ${conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`true`}
    ORDER BY s.commune, s.name`);
  return rows.map(({ at, people, ...site }) => ({
    ...site,
    populations: at && people !== null ? [{ at, people }] : [],
  }));
}

export function findSite(db: DbOrTx, id: string) {
  return db.site.findUnique({ where: { id }, include: siteDetailInclude });
}

export function insertSite(db: DbOrTx, data: Prisma.SiteUncheckedCreateInput) {
  return db.site.create({ data });
}

/** The status the log's latest transition gives: not an edit of the site, so its version stays. */
export function setCurrentStatus(db: DbOrTx, id: string, status: SiteStatus) {
  return db.site.update({ where: { id }, data: { status } });
}

/** Updates the site if it is still at `version`; false when someone saved it meanwhile. */
export async function updateSite(
  db: DbOrTx,
  id: string,
  version: number,
  data: Prisma.SiteUncheckedUpdateManyInput,
): Promise<boolean> {
  const done = await db.site.updateMany({ where: { id, version }, data: { ...data, version: version + 1 } });
  return done.count === 1;
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
