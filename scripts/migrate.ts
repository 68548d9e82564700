/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
import { resolveDatabaseUrl } from './lib/database-url';
import { migrate } from './lib/postgres';

resolveDatabaseUrl()
  .then((url) => migrate(url, false))
  .then(() => process.stdout.write('Migrations applied.\n'))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
