import type { FastifyInstance } from 'fastify';

/** The application's tables (schema public, not the job queue's), read once per database. */
async function applicationTables(app: FastifyInstance): Promise<string[]> {
  const rows = await app.db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  return rows.map((row) => row.name);
}

/**
 * Counts the rows of every application table in one statement: taken before and after a refused
 * request, two equal snapshots prove it wrote nothing (no partial write).
 */
export async function rowCounter(app: FastifyInstance, ignore: readonly string[] = []) {
  const tables = (await applicationTables(app)).filter((name) => !ignore.includes(name));
  // Table names come from the catalogue, not from input; quoted as identifiers all the same.
  const sql = tables
    .map((name) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name.replace(/"/g, '""')}"`)
    .join(' UNION ALL ');
  return async (): Promise<Record<string, number>> => {
    const rows = await app.db.$queryRawUnsafe<{ name: string; n: number }[]>(sql);
    return Object.fromEntries(rows.map((row) => [row.name, row.n]));
  };
}
