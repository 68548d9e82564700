import {
  type Permission,
  type SearchHit,
  type SearchModule,
  type SearchQuery,
  type SearchResponse,
  can,
} from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import type { AuditService } from '../audit/audit-service';
import { evictionVisibility } from '../evictions/eviction-filter-sql';
import type { IncidentsService } from '../incidents/incident-service';
import { searchCases } from './search-cases';
import { searchEvictions } from './search-evictions';
import { searchIncidents } from './search-incidents';
import { searchPeople } from './search-people';
import { searchSites } from './search-sites';
import { searchSupplies } from './search-supplies';

type Searcher = (actor: Actor, q: string, limit: number) => Promise<SearchHit[]>;

export type SearchService = ReturnType<typeof createSearchService>;

/**
 * One box over every module: each is searched only when the reader's role may read it, with the
 * record-level rules of that module's own list.
 */
export function createSearchService(db: Db, audit: AuditService, incidents: IncidentsService) {
  const modules: readonly { module: SearchModule; permission: Permission; search: Searcher }[] = [
    { module: 'sites', permission: 'sites.read', search: (_, q, limit) => searchSites(db, q, limit) },
    {
      module: 'incidents',
      permission: 'incidents.read',
      search: (actor, q, limit) => searchIncidents(db, incidents.visibility(actor), q, limit),
    },
    {
      module: 'evictions',
      permission: 'evictions.read',
      search: (actor, q, limit) => searchEvictions(db, evictionVisibility(actor), q, limit),
    },
    {
      module: 'supplies',
      permission: 'supplies.read',
      search: (_, q, limit) => searchSupplies(db, q, limit),
    },
    {
      module: 'cases',
      permission: 'cases.read',
      search: (actor, q, limit) => searchCases(db, actor, q, limit),
    },
    {
      module: 'people',
      permission: 'cases.read',
      search: (actor, q, limit) => searchPeople(db, actor, q, limit),
    },
  ];

  return {
    async search(actor: Actor, { q, limit }: SearchQuery): Promise<SearchResponse> {
      const groups = await Promise.all(
        modules
          .filter((entry) => can(actor.role, entry.permission))
          .map(async (entry) => ({ module: entry.module, hits: await entry.search(actor, q, limit) })),
      );
      const found = (module: SearchModule) => groups.find((g) => g.module === module)?.hits.length ?? 0;
      const cases = found('cases');
      const people = found('people');
      // Aliases are casework: who looked them up is recorded, with how many were found, never the text.
      if (cases + people > 0) {
        await audit.byActor(db, actor, { action: 'search.cases', meta: { cases, people } });
      }
      return { groups };
    },
  };
}
