import type { Db } from '@vigil/db';
import { startApi, waitReady } from './lib/api-child';
import { type Outcome, acknowledged, call, login } from './lib/client';
import type { FaultsDatabase } from './lib/faults-database';
import { type Check, integrityChecks } from './lib/integrity';
import { references } from './lib/references';
import { printChecks, say, seconds, tally } from './lib/report';
import { verifyWrites } from './lib/verify-writes';
import { WriteLog, writers } from './lib/writes';

const OUTAGE_MS = Number(process.env.FAULTS_PG_OUTAGE_MS ?? 4_000);
const LOAD_BEFORE_MS = 2_000;
const LOAD_AFTER_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const answered = (o: Outcome) => `${o.status}${o.code ? ` ${o.code}` : ''}`;
const properly503 = (o: Outcome) =>
  o.status === 503 && o.code === 'DATABASE_UNAVAILABLE' && o.retryAfter !== null;

/**
 * Scenario 2: reads and writes run against the API while its PostgreSQL is stopped (fast shutdown,
 * cutting running queries) and started again after OUTAGE_MS. During the outage every request must
 * be answered 503 DATABASE_UNAVAILABLE with Retry-After (or have succeeded before the cut), never 500;
 * /readyz must say not ready; after PostgreSQL is back the API must recover by itself, with no error
 * after its first ready answer, and lose nothing it acknowledged.
 */
export async function pgRestartScenario(database: FaultsDatabase, db: Db): Promise<boolean> {
  say(`\n2. PostgreSQL stopped under load and started again after ${seconds(OUTAGE_MS)}`);
  const run = Date.now().toString(36);
  const api = await startApi(database);
  try {
    const token = await login('coordinator@demo.vigil');
    const log = new WriteLog();
    const write = writers(await references(db), token, run, log);
    await write.prime();
    const reads: Outcome[] = [];
    const ready: Outcome[] = [];
    let stopped = false;
    const loop = async (work: () => Promise<unknown>) => {
      while (!stopped) await work();
    };
    const loops = [
      loop(async () => reads.push(await call(token, 'GET', '/api/incidents?limit=20'))),
      loop(async () => reads.push(await call(token, 'GET', '/api/auth/me'))),
      loop(write.stockMovement),
      loop(write.stockMovement),
      loop(write.logAppend),
      loop(async () => {
        ready.push(await call(null, 'GET', '/readyz'));
        await sleep(100);
      }),
    ];
    await sleep(LOAD_BEFORE_MS);
    const downAt = Date.now();
    await database.stopPostgres();
    const stoppedAt = Date.now();
    await sleep(OUTAGE_MS);
    const upStartAt = Date.now();
    await database.startPostgres();
    const upAt = Date.now();
    await waitReady(null);
    const readyAt = Date.now();
    await sleep(LOAD_AFTER_MS);
    stopped = true;
    await Promise.all(loops);

    const all = [...reads, ...log.writes.flatMap((w) => (w.outcome ? [w.outcome] : []))];
    const during = all.filter((o) => o.endedAt >= downAt && o.startedAt < upAt);
    const after = all.filter((o) => o.startedAt >= readyAt);
    const readyDown = ready.filter((o) => o.startedAt >= stoppedAt && o.endedAt < upStartAt);
    const firstWrite = log.writes
      .filter((w) => w.outcome && acknowledged(w.outcome) && w.outcome.startedAt >= upAt)
      .map((w) => w.outcome!.endedAt)
      .sort((a, b) => a - b)[0];
    say(
      `  PostgreSQL down for ${seconds(upAt - downAt)} (stop ${seconds(stoppedAt - downAt)}, start ${seconds(upAt - upStartAt)})`,
    );
    say(`  requests during the outage: ${during.length} (${tally(during, answered)})`);
    say(`  /readyz while down: ${readyDown.length} polls (${tally(readyDown, answered)})`);
    say(
      `  recovery after PostgreSQL was back: /readyz 200 in ${seconds(readyAt - upAt)}, first acknowledged write in ` +
        `${firstWrite ? seconds(firstWrite - upAt) : 'never'}`,
    );
    const afterErrors = after.filter((o) => !acknowledged(o));
    for (const o of [...during, ...after].filter((x) => !acknowledged(x) && !properly503(x)).slice(0, 3)) {
      say(`  unexpected answer: ${answered(o)} ${JSON.stringify(o.body).slice(0, 300)}`);
    }
    say(
      `  requests after recovery: ${after.length}, errors ${afterErrors.length} (${tally(afterErrors, answered)})`,
    );
    const checks: Check[] = [
      {
        name: 'requests during the outage: 503 DATABASE_UNAVAILABLE with Retry-After, or done before the cut; never 500',
        ok: during.every((o) => acknowledged(o) || properly503(o)) && during.some(properly503),
        detail: tally(during, answered),
      },
      {
        name: '/readyz answered 503 while PostgreSQL was down',
        ok: readyDown.length > 0 && readyDown.every(properly503),
        detail: tally(readyDown, answered),
      },
      {
        name: 'no error after recovery, the API process never restarted',
        ok: afterErrors.length === 0 && after.length > 0 && api.alive(),
        detail: `${after.length} requests, ${afterErrors.length} errors`,
      },
      ...(await verifyWrites(db, log, run)),
      ...(await integrityChecks(db)),
    ];
    return printChecks(checks);
  } finally {
    await api.stop();
  }
}
