/**
 * `npm run db:check`: the migrations in prisma/migrations produce exactly prisma/schema.prisma.
 * Prisma replays them into a throw-away shadow database and diffs (exit 2 means drift).
 */
import { join } from 'node:path';
import { run } from './lib/processes';
import { ROOT } from './lib/postgres';
import { resolveDatabaseUrl } from './lib/database-url';

async function main() {
  const url = process.env.MIGRATIONS_CHECK_DATABASE_URL ?? (await resolveDatabaseUrl());
  await run(
    join(ROOT, 'node_modules/.bin/prisma'),
    ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--exit-code'],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } },
  );
  process.stdout.write('Migrations and schema agree.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`Migrations and schema disagree (or the check could not run): ${String(error)}\n`);
  process.exit(1);
});
