import { Prisma, sqlOf } from '@vigil/db';
import { evictionConditions, evictionVisibility } from '../../evictions/eviction-filter-sql';
import { incidentConditions } from '../../incidents/incident-filter-sql';
import { daysBefore } from '../overview-clock';
import type { BlockContext } from '../overview-context';

interface SiteCount {
  site_id: string | null;
  name: string | null;
  commune: string | null;
  n: number;
}

/** Per site, most first; the sites join only the grouped rows. */
function perSite(db: BlockContext['db'], table: 'evictions' | 'incidents', where: Prisma.Sql) {
  const alias = Prisma.raw(table === 'evictions' ? 'e' : 'i');
  return sqlOf(db).query<SiteCount>(Prisma.sql`
    SELECT g.site_id::text, s.name, s.commune, g.n
    FROM (SELECT ${alias}.site_id, count(*)::int AS n FROM ${Prisma.raw(table)} ${alias}
          WHERE ${where} GROUP BY ${alias}.site_id) g
    LEFT JOIN sites s ON s.id = g.site_id
    ORDER BY g.n DESC, s.name NULLS LAST`);
}

const siteOf = (row: SiteCount) =>
  row.site_id ? { id: row.site_id, name: row.name ?? '', commune: row.commune ?? '' } : null;
const total = (rows: SiteCount[]) => rows.reduce((sum, row) => sum + row.n, 0);

/**
 * Evictions and incidents of the last 7 days (today and the six before) per site, counted with the
 * lists' own filters and visibility, so each figure is what the linked list shows.
 */
export async function recentActivityBlock({ db, actor, incidents, clock }: BlockContext) {
  const from = daysBefore((await clock()).today, 6);
  const [evictionRows, incidentRows] = await Promise.all([
    perSite(db, 'evictions', evictionConditions({ from }, evictionVisibility(actor))),
    perSite(db, 'incidents', incidentConditions({ from }, [], incidents.visibility(actor))),
  ]);
  return {
    from,
    evictions: {
      total: total(evictionRows),
      // Every eviction has a site.
      bySite: evictionRows.flatMap((row) => {
        const site = siteOf(row);
        return site ? [{ site, count: row.n }] : [];
      }),
    },
    incidents: {
      total: total(incidentRows),
      bySite: incidentRows.map((row) => ({ site: siteOf(row), count: row.n })),
    },
  };
}
