import type { partnerListQuerySchema } from '@vigil/contracts';
import type { DbOrTx, Prisma } from '@vigil/db';
import type { z } from 'zod';

type ListQuery = z.output<typeof partnerListQuerySchema>;

export function listPartners(db: DbOrTx, query: ListQuery) {
  const where: Prisma.PartnerWhereInput = {
    kind: query.kind,
    languages: query.language ? { has: query.language } : undefined,
    name: query.q ? { contains: query.q, mode: 'insensitive' } : undefined,
    active: query.includeInactive ? undefined : true,
  };
  return db.partner.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}

export function findPartner(db: DbOrTx, id: string) {
  return db.partner.findUnique({ where: { id } });
}
