import type { SearchHit } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import { containsPattern, prefixPattern } from './search-text';

interface SiteRow {
  id: string;
  name: string;
  commune: string;
  area: string | null;
  matched_aliases: string[];
}

/**
 * Sites by name, alias or commune. Never by address, and no address in the hit, whatever the role:
 * the site page records who read where a squat is exactly, and a search must not go round it.
 * The registry holds hundreds of sites, not millions: a scan is fine.
 */
export async function searchSites(db: DbOrTx, q: string, limit: number): Promise<SearchHit[]> {
  const contains = containsPattern(q);
  const rows = await sqlOf(db).query<SiteRow>(Prisma.sql`
    SELECT s.id::text, s.name, s.commune, s.area,
           ARRAY(SELECT a FROM unnest(s.aliases) a WHERE a ILIKE ${contains}) AS matched_aliases
    FROM sites s
    WHERE s.name ILIKE ${contains} OR s.commune ILIKE ${prefixPattern(q)}
       OR EXISTS (SELECT 1 FROM unnest(s.aliases) a WHERE a ILIKE ${contains})
    ORDER BY (s.name ILIKE ${prefixPattern(q)}) DESC, s.name, s.id
    LIMIT ${limit}`);
  return rows.map((row) => ({
    id: row.id,
    label: row.name,
    labelFr: null,
    secondary: [row.commune, row.area, ...row.matched_aliases].filter(Boolean).join(' · '),
    at: null,
    badge: null,
    path: `/sites/${row.id}`,
  }));
}
