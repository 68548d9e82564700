import { can, type siteDetailSchema } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../lib/actor';
import { evictionConditions, evictionVisibility } from '../evictions/eviction-filter-sql';
import { countEvictionRows, listEvictionRows } from '../evictions/evictions-repository';
import { summaryFromRow } from '../evictions/eviction-view';
import type { IncidentsService } from '../incidents/incident-service';

/** How many of the latest evictions and incidents a site's page lists (the rest are a filter away). */
export const RECENT_AT_SITE = 10;

type Activity = Pick<
  z.output<typeof siteDetailSchema>,
  'incidentCount' | 'recentIncidents' | 'evictionCount' | 'lastEvictionAt' | 'recentEvictions'
>;

/**
 * What happened at a site, as far as the reader may know: evictions only with evictions.read,
 * incidents only with incidents.read, each under its own list's draft rule. A volunteer gets neither.
 */
export async function siteActivity(
  db: DbOrTx,
  incidents: IncidentsService,
  actor: Actor,
  siteId: string,
): Promise<Activity> {
  const filter = { siteId: [siteId] };
  const readIncidents = async () => {
    const [count, list] = await Promise.all([
      incidents.count(actor, filter),
      incidents.list(actor, { ...filter, sort: 'start_desc', limit: RECENT_AT_SITE }),
    ]);
    return { incidentCount: count, recentIncidents: list.incidents };
  };
  const readEvictions = async () => {
    const where = evictionConditions(filter, evictionVisibility(actor));
    const [totals, rows] = await Promise.all([
      countEvictionRows(db, where),
      listEvictionRows(db, where, 'start_desc', null, RECENT_AT_SITE),
    ]);
    return {
      evictionCount: totals.count,
      lastEvictionAt: totals.lastAt,
      recentEvictions: rows.map(summaryFromRow),
    };
  };
  const [incidentPart, evictionPart] = await Promise.all([
    can(actor.role, 'incidents.read') ? readIncidents() : {},
    can(actor.role, 'evictions.read') ? readEvictions() : {},
  ]);
  return { ...incidentPart, ...evictionPart };
}
