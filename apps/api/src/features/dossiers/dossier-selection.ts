import type { EvictionFilter, IncidentFilter } from '@vigil/contracts';
import { type DbOrTx, Prisma } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { evictionConditions, evictionVisibility } from '../evictions/eviction-filter-sql';
import { countEvictionRows } from '../evictions/evictions-repository';
import { incidentConditions } from '../incidents/incident-filter-sql';
import { countIncidentRows } from '../incidents/incident-repository';
import type { IncidentsService } from '../incidents/incident-service';
import type { VocabulariesService } from '../vocabularies/vocabularies-service';
import { evictionFilterFromQuery, filterFromQuery } from './dossier-query';

/** What a dossier covers, as the requester may see it now (drafts of others only for reviewers). */
export interface DossierSelection {
  incidentFilter: IncidentFilter;
  evictionFilter: EvictionFilter | null;
  /** Over `incidents i`: the incident filter's matches, plus the incidents linked to the evictions. */
  incidentWhere: Prisma.Sql;
  /** Over `incidents i`: only which incidents the requester may see (linked incidents are listed by it). */
  incidentVisible: Prisma.Sql;
  /** Over `evictions e`; null when the dossier covers incidents only. */
  evictionWhere: Prisma.Sql | null;
}

/**
 * The dossier's selection from its two query strings. When it covers evictions, the violence recorded
 * during them (incidents linked to a selected eviction) is part of it even where the incident filter
 * would leave it out: a section on an eviction then never points at a record the dossier lacks.
 */
export async function dossierSelection(
  deps: { incidents: IncidentsService; vocabularies: VocabulariesService },
  actor: Actor,
  query: string,
  evictionQuery: string | null,
): Promise<DossierSelection> {
  const incidentFilter = filterFromQuery(query);
  const evictionFilter = evictionQuery === null ? null : evictionFilterFromQuery(evictionQuery);
  const visibility = deps.incidents.visibility(actor);
  const actTypeIds = await deps.vocabularies.withDescendants(incidentFilter.actTypeId ?? []);
  const matching = incidentConditions(incidentFilter, actTypeIds, visibility);
  const incidentVisible = incidentConditions({}, [], visibility);
  if (!evictionFilter)
    return { incidentFilter, evictionFilter, incidentWhere: matching, incidentVisible, evictionWhere: null };
  const evictionWhere = evictionConditions(evictionFilter, evictionVisibility(actor));
  const incidentWhere = Prisma.sql`((${matching}) OR (${incidentVisible}
    AND i.eviction_id IN (SELECT e.id FROM evictions e WHERE ${evictionWhere})))`;
  return { incidentFilter, evictionFilter, incidentWhere, incidentVisible, evictionWhere };
}

/** How many incidents and evictions the selection holds right now. */
export async function selectionCounts(db: DbOrTx, selection: DossierSelection) {
  const [incidents] = await countIncidentRows(db, selection.incidentWhere);
  const evictions = selection.evictionWhere
    ? (await countEvictionRows(db, selection.evictionWhere)).count
    : null;
  return { incidents: Number(incidents?.n ?? 0), evictions };
}
