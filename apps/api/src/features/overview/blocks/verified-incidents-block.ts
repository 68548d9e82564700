import { daysBefore } from '../overview-clock';
import { type BlockContext, FIRST_FEW } from '../overview-context';

/** Verified incidents of the last 14 days (today and the 13 before), newest first, through the list. */
export async function recentVerifiedIncidentsBlock({ actor, incidents, clock }: BlockContext) {
  const from = daysBefore((await clock()).today, 13);
  const filter = { from, verificationStatus: ['verified' as const] };
  const [page, total] = await Promise.all([
    incidents.list(actor, { ...filter, sort: 'start_desc', limit: FIRST_FEW }),
    incidents.count(actor, filter),
  ]);
  return { from, total, items: page.incidents };
}
