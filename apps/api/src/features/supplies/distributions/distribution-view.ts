import type { DistributionDetail } from '@vigil/contracts';
import type { DbOrTx, Prisma } from '@vigil/db';
import { AppError } from '../../../lib/app-error';
import { displayNames } from '../../sites/sites-repository';
import { itemRefSelect, locationRefSelect } from '../ledger/stock-refs';

export const distributionInclude = {
  location: { select: locationRefSelect },
  site: { select: { id: true, name: true, commune: true } },
  lines: { include: { item: { select: itemRefSelect } } },
} satisfies Prisma.DistributionInclude;

type DistributionRecord = Prisma.DistributionGetPayload<{ include: typeof distributionInclude }>;

export function toDistributionSummary(d: Omit<DistributionRecord, 'lines'>) {
  return {
    id: d.id,
    reference: d.reference,
    status: d.status,
    location: d.location,
    site: d.site,
    needId: d.needId,
    scheduledAt: d.scheduledAt,
    distributedAt: d.distributedAt,
    served:
      d.distributedAt === null
        ? null
        : {
            men: d.servedMen ?? 0,
            women: d.servedWomen ?? 0,
            families: d.servedFamilies ?? 0,
            minors: d.servedMinors ?? 0,
          },
    version: d.version,
  };
}

export async function distributionView(db: DbOrTx, id: string): Promise<DistributionDetail> {
  const d = await db.distribution.findUnique({ where: { id }, include: distributionInclude });
  if (!d) throw AppError.notFound('Distribution');
  const names = await displayNames(db, [d.createdById]);
  return {
    ...toDistributionSummary(d),
    note: d.note,
    lines: d.lines
      .map((l) => ({
        item: l.item,
        planned: l.planned,
        packed: l.packed,
        sent: l.sent,
        returned: l.returned,
        handedOut: l.sent - l.returned,
      }))
      .sort((a, b) => a.item.nameEn.localeCompare(b.item.nameEn)),
    createdBy: { id: d.createdById, displayName: names.get(d.createdById) ?? 'unknown' },
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}
