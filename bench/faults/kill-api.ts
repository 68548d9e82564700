import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '@vigil/db';
import { EVIDENCE_DIR, startApi } from './lib/api-child';
import { login } from './lib/client';
import type { FaultsDatabase } from './lib/faults-database';
import { integrityChecks } from './lib/integrity';
import { references } from './lib/references';
import { printChecks, say, seconds } from './lib/report';
import { verifyWrites } from './lib/verify-writes';
import { WRITE_KINDS, WriteLog, writers } from './lib/writes';

const KILL_AFTER_MS = Number(process.env.FAULTS_KILL_AFTER_MS ?? 4_000);
const ROUNDS = Number(process.env.FAULTS_KILL_ROUNDS ?? 3);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Files in the staging folders (uploads being received), whoever's. */
async function stagedFiles(): Promise<number> {
  const entries = await readdir(join(EVIDENCE_DIR, '.incoming'), {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

/** What the restarted API's orphan sweep said it removed (its warn line). */
function sweptFiles(lines: string[]): number {
  return lines
    .filter((line) => line.includes('evidence files of interrupted uploads'))
    .map((line) => (JSON.parse(line) as { removed?: number }).removed ?? 0)
    .reduce((a, b) => a + b, 0);
}

/**
 * Scenario 1: concurrent writers (incidents with a photo each, stock receipts and transfers, eviction
 * log appends) run against the built API; the API is SIGKILLed mid-stream and started again, a few
 * rounds (FAULTS_KILL_ROUNDS, 3) so that some kill lands inside an upload. Every
 * acknowledged write must be there, whole; nothing cut by the kill may be half there; ledger, audit
 * chain, evidence hashes and storage-against-rows must all hold.
 */
export async function killApiScenario(database: FaultsDatabase, db: Db): Promise<boolean> {
  say(`\n1. API killed (SIGKILL) during concurrent writes, ${ROUNDS} times`);
  const run = Date.now().toString(36);
  let api = await startApi(database);
  const token = await login('coordinator@demo.vigil');
  const log = new WriteLog();
  const write = writers(await references(db), token, run, log);
  await write.prime();
  let swept = 0;
  let staged = 0;
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const before = WRITE_KINDS.reduce((sum, kind) => sum + log.acknowledged(kind).length, 0);
      let stopped = false;
      const loop = async (work: () => Promise<unknown>) => {
        while (!stopped) await work();
      };
      const loops = [
        ...Array.from({ length: 4 }, () => loop(write.incidentWithPhoto)),
        ...Array.from({ length: 3 }, () => loop(write.stockMovement)),
        ...Array.from({ length: 2 }, () => loop(write.logAppend)),
      ];
      // At least KILL_AFTER_MS, and until every kind of write was acknowledged once this round (a loaded
      // machine can take seconds per upload), so that every check has something to check.
      const started = Date.now();
      const ackedBefore = WRITE_KINDS.map((kind) => log.acknowledged(kind).length);
      await sleep(KILL_AFTER_MS);
      while (
        WRITE_KINDS.some((kind, i) => log.acknowledged(kind).length === ackedBefore[i]) &&
        Date.now() - started < 60_000
      ) {
        await sleep(100);
      }
      const ranMs = Date.now() - started;
      stopped = true;
      const inFlight = log.inFlight();
      await api.sigkill();
      await Promise.all(loops);
      api = await startApi(database);
      const removed = sweptFiles(api.lines);
      const leftovers = await stagedFiles();
      swept += removed;
      staged += leftovers;
      const acked = WRITE_KINDS.reduce((sum, kind) => sum + log.acknowledged(kind).length, 0) - before;
      say(
        `  round ${round}: ${acked} writes acknowledged in ${seconds(ranMs)}; in flight at the kill: ` +
          `${WRITE_KINDS.map((kind) => `${kind} ${inFlight[kind]}`).join(', ')}; restart to /readyz ` +
          `${seconds(api.readyMs)}; swept ${removed} stored file(s) of cut uploads; staging leftovers ${leftovers}`,
      );
    }
    const total = WRITE_KINDS.reduce((sum, kind) => sum + log.acknowledged(kind).length, 0);
    const acked = WRITE_KINDS.map((kind) => `${kind} ${log.acknowledged(kind).length}`).join(', ');
    say(`  writes acknowledged: ${total} (${acked}); sent but unanswered: ${log.writes.length - total}`);
    const checks = [...(await verifyWrites(db, log, run)), ...(await integrityChecks(db))];
    checks.push({
      name: 'no staging file left behind after a restart',
      ok: staged === 0,
      detail: `${staged} in .incoming over ${ROUNDS} restarts; ${swept} stored files of cut uploads swept`,
    });
    return printChecks(checks);
  } finally {
    await api.stop();
  }
}
