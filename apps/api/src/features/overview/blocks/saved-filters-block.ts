import { type BlockContext, FIRST_FEW } from '../overview-context';

/** My saved incident filters, newest first (as GET /api/saved-filters lists them). */
export async function savedFiltersBlock({ db, actor }: BlockContext) {
  const where = { ownerId: actor.userId };
  const [items, total] = await Promise.all([
    db.savedFilter.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      take: FIRST_FEW,
      select: { id: true, name: true, query: true },
    }),
    db.savedFilter.count({ where }),
  ]);
  return { total, items };
}
