import { Prisma, sqlOf } from '@vigil/db';
import { caseListConditions } from '../../casework/cases/case-list-sql';
import { listCases } from '../../casework/cases/case-list';
import { type BlockContext, FIRST_FEW } from '../overview-context';

type Conditions = Parameters<typeof caseListConditions>[0];

async function countCases({ db, actor }: BlockContext, query: Conditions): Promise<number> {
  const [row] = await sqlOf(db).query<{ n: number }>(Prisma.sql`
    SELECT count(*)::int AS n FROM cases c WHERE ${Prisma.join(caseListConditions(query, actor), ' AND ')}`);
  return row?.n ?? 0;
}

/** Cases in progress I am assigned to or the lawyer of (the case list's "mine"), with their next deadline. */
export async function myCasesBlock(context: BlockContext) {
  const query = { scope: 'mine', limit: FIRST_FEW } as const;
  const [page, total] = await Promise.all([
    listCases(context.db, context.actor, query),
    countCases(context, query),
  ]);
  return { total, items: page.cases };
}

/** Cases in progress with nobody assigned (the case list's scope=all&unassigned=true). */
export async function unassignedCasesBlock(context: BlockContext) {
  return { count: await countCases(context, { scope: 'all', unassigned: true, limit: 1 }) };
}
