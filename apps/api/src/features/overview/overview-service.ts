import {
  type OverviewBlockId,
  type OverviewBlocks,
  type OverviewQuery,
  overviewBlocksFor,
  quickActionsFor,
} from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import type { IncidentsService } from '../incidents/incident-service';
import { myCasesBlock, unassignedCasesBlock } from './blocks/cases-blocks';
import { deadlinesBlock } from './blocks/deadlines-block';
import { dossiersBlock } from './blocks/dossiers-block';
import { myDraftsBlock } from './blocks/drafts-block';
import { evictionsTodayBlock } from './blocks/evictions-today-block';
import { instanceHealthBlock } from './blocks/instance-health-block';
import { openNeedsBlock } from './blocks/needs-block';
import { recentActivityBlock } from './blocks/recent-activity-block';
import { savedFiltersBlock } from './blocks/saved-filters-block';
import { stockAlertsBlock } from './blocks/stock-alerts-block';
import { stockHereBlock } from './blocks/stock-here-block';
import { trendsBlock } from './blocks/trends-block';
import { recentVerifiedIncidentsBlock } from './blocks/verified-incidents-block';
import { type BlockContext, blockContext } from './overview-context';

type Compute = {
  [Id in OverviewBlockId]: (context: BlockContext) => Promise<NonNullable<OverviewBlocks[Id]>>;
};

const COMPUTE: Compute = {
  quickActions: async ({ actor }) => quickActionsFor(actor.role),
  deadlines: deadlinesBlock,
  myCases: myCasesBlock,
  unassignedCases: unassignedCasesBlock,
  openNeeds: openNeedsBlock,
  stockAlerts: stockAlertsBlock,
  recentActivity: recentActivityBlock,
  trends: trendsBlock,
  myDrafts: myDraftsBlock,
  evictionsToday: evictionsTodayBlock,
  recentVerifiedIncidents: recentVerifiedIncidentsBlock,
  savedFilters: savedFiltersBlock,
  dossiers: dossiersBlock,
  stockHere: stockHereBlock,
  instanceHealth: instanceHealthBlock,
};

async function computeInto<Id extends OverviewBlockId>(
  blocks: OverviewBlocks,
  id: Id,
  context: BlockContext,
) {
  blocks[id] = await COMPUTE[id](context);
}

/**
 * The home page's figures: only the blocks of the reader's layout that the permission table allows
 * their role are computed at all (a volunteer's answer has no incident or case block, not even an
 * empty one). Blocks run side by side; each is a few indexed queries.
 */
export function createOverviewService(deps: { db: Db; incidents: IncidentsService }) {
  return {
    async forReader(actor: Actor, query: OverviewQuery) {
      const context = blockContext(deps, actor, query);
      const blocks: OverviewBlocks = {};
      await Promise.all(overviewBlocksFor(actor.role).map((id) => computeInto(blocks, id, context)));
      return { role: actor.role, timeZone: query.timeZone, generatedAt: new Date(), blocks };
    },
  };
}
