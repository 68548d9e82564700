import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Db, Prisma, sqlOf } from '@vigil/db';
import { AppError } from '../../lib/app-error';
import { databaseUnavailable, isDatabaseUnavailable } from '../../lib/database-unavailable';

/** prisma/migrations at the repository root, seen from apps/api/{src,dist}/features/health. */
const DEFAULT_MIGRATIONS_DIR = resolve(__dirname, '../../../../../prisma/migrations');

async function expectedMigrations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

export function createReadiness(db: Db, migrationsDir = DEFAULT_MIGRATIONS_DIR) {
  const expected = expectedMigrations(join(migrationsDir));

  return {
    /** Returns the number of applied migrations, or throws 503 naming what is missing. */
    async check(): Promise<number> {
      let applied: { migration_name: string }[];
      try {
        applied = await sqlOf(db).query<{ migration_name: string }>(Prisma.sql`
          SELECT migration_name FROM _prisma_migrations
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
      } catch (error) {
        if (isDatabaseUnavailable(error)) throw databaseUnavailable();
        throw new AppError('SERVICE_UNAVAILABLE', 'The database is not migrated');
      }
      const names = new Set(applied.map((row) => row.migration_name));
      const missing = (await expected).filter((name) => !names.has(name));
      if (missing.length > 0) {
        throw new AppError('SERVICE_UNAVAILABLE', `Migrations not applied: ${missing.join(', ')}`);
      }
      return names.size;
    },
  };
}
