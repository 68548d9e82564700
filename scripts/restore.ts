/**
 * `npm run restore -- path/to/file.vigil-backup`: rebuilds an empty instance (DATABASE_URL or the
 * embedded database, and the configured evidence storage) from a backup, all or nothing. A database
 * without tables is migrated first; one with users is refused. The restored instance needs the
 * MASTER_KEY and CASEWORK_KEY of the one backed up to read sealed fields.
 */
import { passphraseFrom } from '../apps/api/src/features/backup/backup-cipher';
import { restoreBackup } from '../apps/api/src/features/backup/backup-restore';
import { configuredStorage, userPath } from './lib/backup/storage-env';
import { resolveDatabaseUrl } from './lib/database-url';
import { migrate, withClient } from './lib/postgres';

async function main(): Promise<void> {
  const file = userPath(process.argv[2], 'Usage: npm run restore -- <file.vigil-backup>');
  const databaseUrl = await resolveDatabaseUrl();
  const passphrase = passphraseFrom(process.env, false);
  const tables = await withClient(databaseUrl, async (client) => {
    const result = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
    );
    return result.rows[0]?.n ?? 0;
  });
  if (!tables) await migrate(databaseUrl);
  const summary = await restoreBackup({ databaseUrl, storage: configuredStorage(), file, passphrase });
  process.stdout.write(
    `Restored ${summary.tables} tables, ${summary.rows} rows and ${summary.blobs} files (${summary.bytes} bytes). ` +
      'Start the API with the MASTER_KEY and CASEWORK_KEY of the instance that was backed up.\n',
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
