import { can } from '@vigil/contracts';
import { deadlineOverview } from '../../casework/deadlines/deadline-overview';
import { type BlockContext, FIRST_FEW } from '../overview-context';

const WEEK = 7;

/**
 * Overdue and due this week on every case the reader reaches (the deadline overview's scope "all"): every case
 * for coordinators, else the cases they are assigned to or the lawyer of, whoever carries the
 * deadline, so that it agrees with the next deadlines of "my cases".
 */
export async function deadlinesBlock({ db, actor }: BlockContext) {
  const overview = await deadlineOverview(db, actor, { scope: 'all', days: WEEK, limit: FIRST_FEW });
  return { everyCase: can(actor.role, 'cases.manage_all'), days: WEEK, ...overview };
}
