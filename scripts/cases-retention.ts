/**
 * `npm run cases:retention`: what the daily job does, now: erases the personal data, notes and
 * documents of every person whose cases all closed longer ago than the retention setting (12 months
 * by default), and prints the counts. `-- --dry-run` lists who would be erased and changes nothing.
 */
import { join } from 'node:path';
import { loadApiEnv } from '@vigil/config';
import { createDb } from '@vigil/db';
import pino from 'pino';
import { createRetentionService } from '../apps/api/src/features/casework/retention/retention-service';
import { wrappingKeysFromConfig } from '../apps/api/src/features/casework/vault/data-keys';
import { CaseworkVault } from '../apps/api/src/features/casework/vault/vault';
import { storageFromConfig } from '../apps/api/src/features/evidence/storage/storage-from-config';
import { resolveDatabaseUrl } from './lib/database-url';
import { commandKeyEnv } from './lib/local-secrets';
import { ROOT } from './lib/postgres';

const out = (line: string) => process.stdout.write(`${line}\n`);
let exitCode = 0;
// The embedded PostgreSQL helper exits with 0 on 'beforeExit'; re-assert a failure as the process exits.
process.on('exit', () => {
  if (exitCode) process.exitCode = exitCode;
});

async function main() {
  const dryRun = process.argv.includes('--dry-run');
  const url = await resolveDatabaseUrl();
  // Resolving the database loads .env; the keys are the environment's, or the embedded setup's.
  const env = loadApiEnv({ ...commandKeyEnv(join(ROOT, '.data')), DATABASE_URL: url });
  const db = createDb(url, { max: 2 });
  try {
    const vault = new CaseworkVault(db, wrappingKeysFromConfig(env));
    const retention = createRetentionService({
      db,
      vault,
      // A relative EVIDENCE_DIR is relative to the repository root, where the API runs from.
      storage: storageFromConfig(env, ROOT),
      log: pino({ level: 'warn' }, pino.destination(2)),
    });
    if (dryRun) {
      const preview = await retention.preview({ limit: Number.MAX_SAFE_INTEGER });
      out(
        `Retention: ${preview.retentionMonths} months (cases closed before ${preview.closedBefore.toISOString()}).`,
      );
      for (const person of preview.people) {
        out(`${person.id}  ${person.alias}`);
        for (const c of person.cases)
          out(`    ${c.reference}  ${c.type.padEnd(22)} closed ${c.closedAt.toISOString().slice(0, 10)}`);
      }
      out(`Dry run: ${preview.total} people would be erased; nothing was changed.`);
      return;
    }
    // Opening a sealed date of birth (to keep an age range) needs the data keys.
    await vault.load();
    const result = await retention.sweep();
    out(
      `Erased ${result.people} people: ${result.cases} cases emptied, ${result.notes} notes, ${result.documents} documents, ` +
        `${result.deadlines} deadlines and ${result.grants} access grants deleted, ${result.victimsUnlinked} incident victims ` +
        `unlinked, ${result.historyValues} history values cleared.`,
    );
    if (result.failed) {
      out(`${result.failed} people could not be erased (see the errors above); run again.`);
      exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
