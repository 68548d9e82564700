import type { SearchHit } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { visiblePeopleWhere } from '../casework/access/case-access';
import { prefixPattern } from './search-text';

/** Candidates read per round: small first (a coordinator reaches everyone), then wider. */
const FIRST_ROUND = 100;
const MAX_ROUND = 5_000;

/**
 * People whose alias starts with the text, among those the reader reaches (visiblePeopleWhere), in
 * alias order. Prisma cannot say lower(alias) LIKE, so the index people_alias_lower_idx gives
 * candidates in order, round by round, and visiblePeopleWhere keeps the reachable ones until the page
 * is full or the candidates run out: no scan of the people table for anyone. Aliases only: nothing
 * sealed is searched or decrypted.
 */
export async function searchPeople(db: DbOrTx, actor: Actor, q: string, limit: number): Promise<SearchHit[]> {
  const found: { id: string; alias: string }[] = [];
  for (
    let offset = 0, take = FIRST_ROUND;
    found.length < limit;
    offset += take, take = Math.min(take * 5, MAX_ROUND)
  ) {
    const candidates = await sqlOf(db).query<{ id: string }>(Prisma.sql`
      SELECT p.id::text FROM people p WHERE lower(p.alias) LIKE lower(${prefixPattern(q)})
      ORDER BY lower(p.alias) USING ~<~, p.id LIMIT ${take} OFFSET ${offset}`);
    const ids = candidates.map((c) => c.id);
    const reachable = await db.person.findMany({
      where: { AND: [visiblePeopleWhere(actor), { id: { in: ids } }] },
      select: { id: true, alias: true },
    });
    const byId = new Map(reachable.map((person) => [person.id, person]));
    found.push(...ids.flatMap((id) => byId.get(id) ?? []));
    if (candidates.length < take) break;
  }
  return found.slice(0, limit).map((person) => ({
    id: person.id,
    label: person.alias,
    labelFr: null,
    secondary: '',
    at: null,
    badge: null,
    path: `/cases/people/${person.id}`,
  }));
}
