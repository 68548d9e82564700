import type { OverviewQuery } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import type { IncidentsService } from '../incidents/incident-service';
import { type OverviewClock, readClock } from './overview-clock';

/** What every block is computed from: the reader, their query and the day it is in their zone. */
export interface BlockContext {
  db: Db;
  actor: Actor;
  incidents: IncidentsService;
  query: OverviewQuery;
  /** Read once, and only when a block needs it. */
  clock(): Promise<OverviewClock>;
}

/** How many items a block lists; its total says how many there are in all. */
export const FIRST_FEW = 5;

export function blockContext(
  deps: { db: Db; incidents: IncidentsService },
  actor: Actor,
  query: OverviewQuery,
): BlockContext {
  let clock: Promise<OverviewClock> | undefined;
  return {
    ...deps,
    actor,
    query,
    clock: () => (clock ??= readClock(deps.db, query.timeZone)),
  };
}
