import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '@vigil/db';
import { verifyAuditChain } from '../../../apps/api/src/features/audit/audit-chain';
import { verifyEvidence } from '../../../apps/api/src/features/evidence/evidence-verify';
import { LocalStorage } from '../../../apps/api/src/features/evidence/storage/local-storage';
import { checkBalances } from '../../../apps/api/src/features/supplies/ledger/balance-check';
import { EVIDENCE_DIR } from './api-child';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Stored evidence files that no row names (orphans) and rows whose files are gone. */
async function storageAgainstRows(db: Db): Promise<Check> {
  const stored: string[] = [];
  for (const folder of ['originals', 'working-copies']) {
    const names = await readdir(join(EVIDENCE_DIR, folder)).catch(() => [] as string[]);
    stored.push(...names.map((name) => `${folder}/${name}`));
  }
  const rows = await db.evidenceFile.findMany({ select: { storageKey: true, workingCopyKey: true } });
  const named = new Set(rows.flatMap((r) => [r.storageKey, ...(r.workingCopyKey ? [r.workingCopyKey] : [])]));
  const orphans = stored.filter((key) => !named.has(key));
  const present = new Set(stored);
  const missing = [...named].filter((key) => !present.has(key));
  return {
    name: 'storage matches the evidence rows (no orphaned or partial file, no row without its file)',
    ok: orphans.length === 0 && missing.length === 0,
    detail: `${stored.length} stored files, ${rows.length} rows; orphans ${orphans.length}, missing ${missing.length}${orphans.length ? `: ${orphans.slice(0, 3).join(', ')}` : ''}`,
  };
}

/**
 * The whole instance's invariants, whatever ran before: ledger equals balances (`npm run
 * supplies:check`), the audit chain verifies (`npm run audit:verify`), every stored original
 * re-hashes to its recorded SHA-256 (`npm run evidence:verify`), and storage matches the rows.
 */
export async function integrityChecks(db: Db): Promise<Check[]> {
  const balances = await checkBalances(db);
  const chain = await verifyAuditChain(db);
  const evidence = await verifyEvidence(db, new LocalStorage(EVIDENCE_DIR), { record: false });
  return [
    {
      name: 'stock ledger equals balances and per-item totals',
      ok: balances.mismatches.length === 0 && balances.totals.length === 0,
      detail: `${balances.rows} balances; ${balances.mismatches.length} mismatches, ${balances.totals.length} totals differ`,
    },
    {
      name: 'audit chain verifies',
      ok: !chain.broken,
      detail: chain.broken
        ? `broken at ${chain.broken.id} (${chain.broken.reason})`
        : `${chain.checked} events intact`,
    },
    {
      name: 'evidence originals re-hash to their recorded SHA-256',
      ok: evidence.problems.length === 0,
      detail: `${evidence.checked} originals; ${evidence.problems.length} problems`,
    },
    await storageAgainstRows(db),
  ];
}
