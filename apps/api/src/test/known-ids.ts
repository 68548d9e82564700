import type { FastifyInstance } from 'fastify';

/**
 * Which rows a name points at: a body field (`siteId`, `assigneeIds`, `fromLocationId`), a path
 * parameter (`:flagId`) or the resource before `:id` (`/api/case-deadlines/:id`). Only well-formed
 * references reach the code behind validation, so the fuzzer draws ids from these.
 */
const POOLS: [RegExp, string][] = [
  [/^sites?$/, 'SELECT id FROM sites'],
  [/^incidents?$/, 'SELECT id FROM incidents'],
  [/^evictions?$/, 'SELECT id FROM evictions'],
  [/^cases?$/, 'SELECT id FROM cases'],
  [/^(person|people)$/, 'SELECT id FROM people'],
  [/^(case-)?deadlines?$/, 'SELECT id FROM case_deadlines'],
  [/^partners?$/, 'SELECT id FROM partners'],
  [/^(supplies-)?items?$/, 'SELECT id FROM supply_items'],
  [/location(s)?$/i, 'SELECT id FROM stock_locations'],
  [/^needs?$/, 'SELECT id FROM supply_needs'],
  [/^distributions?$/, 'SELECT id FROM distributions'],
  [/^box(es)?$/, 'SELECT id FROM stock_boxes'],
  [/^(users?|lawyer|assignees?|fromUser|toUser)$/, 'SELECT id FROM users WHERE NOT (id = ANY($1::uuid[]))'],
  [/^force$/, "SELECT id FROM vocabulary_terms WHERE kind = 'force'"],
  [/^actType$/, "SELECT id FROM vocabulary_terms WHERE kind = 'act_type'"],
  [/^propertyType$/, "SELECT id FROM vocabulary_terms WHERE kind = 'property_type'"],
  [/^(vocabularies|parent)$/, 'SELECT id FROM vocabulary_terms'],
  [/^dossiers?$/, 'SELECT id FROM dossiers'],
  [/^saved-filters$/, 'SELECT id FROM saved_filters'],
  [/^victims?$/, 'SELECT id FROM victims'],
];

export type IdsFor = (name: string) => string[];

/** The ids that exist now, by name; `spare` users (the caller's own accounts) are never handed out. */
export async function knownIds(app: FastifyInstance, spare: string[]): Promise<IdsFor> {
  const found = new Map<string, string[]>();
  for (const [, sql] of POOLS) {
    if (found.has(sql)) continue;
    const rows = await app.db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM (${sql.replace('$1::uuid[]', `'{${spare.join(',')}}'::uuid[]`)}) AS pool LIMIT 50`,
    );
    found.set(sql, rows.map((row) => row.id));
  }
  return (name) => {
    const bare = name.replace(/Ids?$/, '');
    const pool = POOLS.find(([re]) => re.test(bare));
    return pool ? (found.get(pool[1]) ?? []) : [];
  };
}
