import { Prisma } from '@vigil/db';
import { evictionConditionList, evictionVisibility } from '../../evictions/eviction-filter-sql';
import { summaryFromRow } from '../../evictions/eviction-view';
import { countEvictionRows, listEvictionRows } from '../../evictions/evictions-repository';
import type { BlockContext } from '../overview-context';

/** A day of evictions is short: list up to this many. */
const LISTED = 20;

/** Evictions starting today in the collective's time zone, earliest first, as the reader may list them. */
export async function evictionsTodayBlock({ db, actor, clock }: BlockContext) {
  const { today, todayStart, tomorrowStart } = await clock();
  const where = Prisma.join(
    [
      ...evictionConditionList({}, evictionVisibility(actor)),
      Prisma.sql`e.start_at >= ${todayStart}`,
      Prisma.sql`e.start_at < ${tomorrowStart}`,
    ],
    ' AND ',
  );
  const [rows, counted] = await Promise.all([
    listEvictionRows(db, where, 'start_asc', null, LISTED),
    countEvictionRows(db, where),
  ]);
  return { date: today, total: counted.count, items: rows.map(summaryFromRow) };
}
