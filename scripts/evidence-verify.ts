/**
 * `npm run evidence:verify`: re-hashes every stored evidence original and reports mismatches and
 * missing files (exit 1 on any problem, 2 if the check itself could not run). With `--record`, each
 * file's chain of custody gets a 'verified' entry with the outcome.
 */
import { apiEnvSchema, parseEnv } from '@vigil/config';
import { createDb } from '@vigil/db';
import { verifyEvidence } from '../apps/api/src/features/evidence/evidence-verify';
import { storageFromConfig } from '../apps/api/src/features/evidence/storage/storage-from-config';
import { resolveDatabaseUrl } from './lib/database-url';
import { ROOT } from './lib/postgres';

// Only the storage settings: this command needs neither the master key nor the API's other settings.
const storageEnvSchema = apiEnvSchema.pick({
  EVIDENCE_STORAGE: true,
  EVIDENCE_DIR: true,
  S3_ENDPOINT: true,
  S3_REGION: true,
  S3_BUCKET: true,
  S3_ACCESS_KEY_ID: true,
  S3_SECRET_ACCESS_KEY: true,
  S3_FORCE_PATH_STYLE: true,
});

let exitCode = 0;
// The embedded PostgreSQL helper (async-exit-hook) calls process.exit(0) on 'beforeExit', which would
// turn a failed check into success; re-assert the code as the process exits.
process.on('exit', () => {
  if (exitCode) process.exitCode = exitCode;
});

async function main() {
  const record = process.argv.includes('--record');
  // Resolving the database also loads .env, so read the storage settings after it.
  const db = createDb(await resolveDatabaseUrl(), { max: 2 });
  try {
    // A relative EVIDENCE_DIR is relative to the repository root, where the API runs from.
    const storage = storageFromConfig(parseEnv(storageEnvSchema, process.env), ROOT);
    const report = await verifyEvidence(db, storage, { record });
    for (const problem of report.problems) {
      const hashes = problem.expectedSha256
        ? ` expected ${problem.expectedSha256}, found ${problem.actualSha256}`
        : '';
      process.stdout.write(`PROBLEM file ${problem.fileId}: ${problem.kind}${hashes}\n`);
    }
    if (report.problems.length) {
      process.stdout.write(
        `Evidence check FAILED: ${report.problems.length} problem(s) in ${report.checked} files.\n`,
      );
      exitCode = 1;
    } else {
      process.stdout.write(`Evidence intact: ${report.checked} originals re-hashed, all match.\n`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
