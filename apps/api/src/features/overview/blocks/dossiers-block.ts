import type { Prisma } from '@vigil/db';
import { type BlockContext, FIRST_FEW } from '../overview-context';

/**
 * My dossiers whose files can be downloaded now (a dossier is its requester's alone), the latest
 * first. One past its expiry date but not yet swept by the expiry job is left out: it answers 410.
 */
export async function dossiersBlock({ db, actor }: BlockContext) {
  const where: Prisma.DossierWhereInput = {
    requestedById: actor.userId,
    status: 'ready',
    OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }],
  };
  const [items, total] = await Promise.all([
    db.dossier.findMany({
      where,
      orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }],
      take: FIRST_FEW,
      select: { id: true, incidentCount: true, evictionCount: true, finishedAt: true, expiresAt: true },
    }),
    db.dossier.count({ where }),
  ]);
  return { total, items };
}
