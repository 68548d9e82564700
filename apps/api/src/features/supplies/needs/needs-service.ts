import type { createNeedBodySchema, needListQuerySchema, updateNeedBodySchema } from '@vigil/contracts';
import { type Db, type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { isoDate } from '../ledger/operations';
import { StockRefs, itemRefSelect } from '../ledger/stock-refs';

type Create = z.output<typeof createNeedBodySchema>;
type Update = z.output<typeof updateNeedBodySchema>;
type ListQuery = z.output<typeof needListQuerySchema>;

const include = {
  site: { select: { id: true, name: true, commune: true } },
  lines: { include: { item: { select: itemRefSelect } } },
  distributions: { where: { status: { not: 'cancelled' } }, select: { id: true } },
} satisfies Prisma.SupplyNeedInclude;
type NeedRecord = Prisma.SupplyNeedGetPayload<{ include: typeof include }>;

/** Each need line against what its distributions handed out and what is available anywhere now. */
async function withCoverage(db: DbOrTx, needs: NeedRecord[]) {
  const needIds = needs.map((n) => n.id);
  const itemIds = [...new Set(needs.flatMap((n) => n.lines.map((l) => l.itemId)))];
  const [delivered, available] = await Promise.all([
    sqlOf(db).query<{ need_id: string; item_id: string; n: number }>(Prisma.sql`
      SELECT d.need_id::text, l.item_id::text, sum(l.sent - l.returned)::int AS n
      FROM distributions d JOIN distribution_lines l ON l.distribution_id = d.id
      WHERE d.need_id = ANY(${needIds}::uuid[]) AND d.status IN ('distributed', 'closed')
      GROUP BY d.need_id, l.item_id`),
    sqlOf(db).query<{ item_id: string; n: number }>(Prisma.sql`
      SELECT item_id::text, sum(on_hand - reserved)::int AS n FROM stock_balances
      WHERE item_id = ANY(${itemIds}::uuid[]) GROUP BY item_id`),
  ]);
  const deliveredOf = new Map(delivered.map((r) => [`${r.need_id}|${r.item_id}`, r.n]));
  const availableOf = new Map(available.map((r) => [r.item_id, r.n]));
  return needs.map((n) => ({
    id: n.id,
    site: n.site,
    partner: n.partner,
    neededBy: isoDate(n.neededBy),
    status: n.status,
    note: n.note,
    lines: n.lines.map((l) => {
      const got = deliveredOf.get(`${n.id}|${l.itemId}`) ?? 0;
      const stock = availableOf.get(l.itemId) ?? 0;
      return {
        item: l.item,
        quantity: l.quantity,
        delivered: got,
        available: stock,
        shortfall: Math.max(0, l.quantity - got - stock),
      };
    }),
    distributionIds: n.distributions.map((d) => d.id),
    version: n.version,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  }));
}

async function checkLines(db: Db, lines: { itemId: string }[], siteId?: string | null) {
  const refs = await StockRefs.load(
    db,
    lines.map((l) => l.itemId),
    [],
  );
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    refs.needItem(l.itemId, `body/lines/${i}`);
    if (seen.has(l.itemId)) refs.problem(`body/lines/${i}/itemId`, 'Listed twice');
    seen.add(l.itemId);
  });
  if (siteId && !(await db.site.findUnique({ where: { id: siteId }, select: { id: true } }))) {
    refs.problem('body/siteId', 'No such site');
  }
  refs.check();
}

const stale = () => AppError.conflict('Someone changed this need meanwhile: reload it');

/** Needs: what a site or partner asked for, by when; coordinators plan distributions from them. */
export function createNeedsService(db: Db) {
  async function view(id: string) {
    const need = await db.supplyNeed.findUnique({ where: { id }, include });
    if (!need) throw AppError.notFound('Need');
    return (await withCoverage(db, [need]))[0]!;
  }

  return {
    get: view,

    async list(query: ListQuery) {
      const needs = await db.supplyNeed.findMany({
        where: { status: query.status, siteId: query.siteId },
        include,
        orderBy: [{ neededBy: 'asc' }, { id: 'asc' }],
        take: query.limit,
      });
      return withCoverage(db, needs);
    },

    async create(actor: Actor, body: Create) {
      await checkLines(db, body.lines, body.siteId);
      const need = await db.supplyNeed.create({
        data: {
          siteId: body.siteId ?? null,
          partner: body.partner ?? null,
          neededBy: new Date(`${body.neededBy}T00:00:00Z`),
          note: body.note ?? null,
          createdById: actor.userId,
          lines: { create: body.lines.map((l) => ({ itemId: l.itemId, quantity: l.quantity })) },
        },
      });
      return view(need.id);
    },

    /**
     * Changes a need at the version the caller saw. Who asks, the date, the note and the lines change
     * only while it is open; the status alone may move it on (or back).
     */
    async update(id: string, body: Update) {
      const current = await db.supplyNeed.findUnique({
        where: { id },
        select: { siteId: true, partner: true, status: true, version: true },
      });
      if (!current) throw AppError.notFound('Need');
      if (current.version !== body.version) throw stale();
      const { version, status, ...content } = body;
      const edits = Object.values(content).some((value) => value !== undefined);
      if (edits && current.status !== 'open') {
        throw AppError.conflict(`This need is ${current.status}: it can no longer change`);
      }
      const siteId = content.siteId === undefined ? current.siteId : content.siteId;
      const partner = content.partner === undefined ? current.partner : content.partner;
      if (!siteId && !partner) throw AppError.invalid('body/siteId', 'Name the site or the partner asking');
      if (content.lines || content.siteId) await checkLines(db, content.lines ?? [], content.siteId);
      await db.$transaction(async (tx) => {
        const done = await tx.supplyNeed.updateMany({
          where: { id, version, ...(edits ? { status: 'open' as const } : {}) },
          data: {
            status,
            siteId: content.siteId,
            partner: content.partner,
            neededBy: content.neededBy ? new Date(`${content.neededBy}T00:00:00Z`) : undefined,
            note: content.note,
            version: version + 1,
          },
        });
        if (done.count !== 1) throw stale();
        if (content.lines) {
          await tx.supplyNeedLine.deleteMany({ where: { needId: id } });
          await tx.supplyNeedLine.createMany({ data: content.lines.map((l) => ({ needId: id, ...l })) });
        }
      });
      return view(id);
    },
  };
}
