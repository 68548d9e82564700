/**
 * `npm run bench:supplies`: generates BENCH_SUPPLY_ITEMS items (5,000), BENCH_SUPPLY_LOCATIONS
 * locations (50) and BENCH_SUPPLY_MOVEMENTS ledger rows (5,000,000; kept between runs) in an embedded
 * PostgreSQL of its own (.data/bench-supplies, port 54341) or SUPPLIES_BENCH_DATABASE_URL; prints the
 * stock overview's p50/p95 over HTTP, then the sustained recording rate of 20 concurrent clients for
 * BENCH_SECONDS (30; the clients run in a child process, so they do not take the API's CPU), then
 * proves balances still equal the ledger.
 */
import { loadApiEnv } from '@vigil/config';
import { buildApp } from '../apps/api/src/app';
import { checkBalances } from '../apps/api/src/features/supplies/ledger/balance-check';
import { benchDatabase, timeRuns } from './lib/bench-database';
import { generateSupplies } from './supplies-generate';
import { loadPools, recordMovementsInChild } from './supplies-load';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SIZE = {
  items: env('BENCH_SUPPLY_ITEMS', 5_000),
  locations: env('BENCH_SUPPLY_LOCATIONS', 50),
  movements: env('BENCH_SUPPLY_MOVEMENTS', 5_000_000),
};
const RUNS = env('BENCH_RUNS', 100);
const CLIENTS = env('BENCH_CLIENTS', 20);
const SECONDS = env('BENCH_SECONDS', 30);
const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(1).padStart(7);

async function main() {
  const db = await benchDatabase({
    folder: 'bench-supplies',
    port: env('BENCH_SUPPLIES_PG_PORT', 54341),
    database: 'vigil_bench_supplies',
    urlVariable: 'SUPPLIES_BENCH_DATABASE_URL',
  });
  try {
    log(
      `Generating up to ${SIZE.items.toLocaleString('en')} items, ${SIZE.locations} locations, ${SIZE.movements.toLocaleString('en')} movements…`,
    );
    await generateSupplies(db.url, SIZE, log);
    const apiEnv = loadApiEnv({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      ...db.keys,
      RATE_LIMIT_PER_MINUTE: '10000000',
    });
    const app = await buildApp({ env: apiEnv });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const user = await app.db.user.findUniqueOrThrow({ where: { email: 'bench-volunteer@bench.vigil' } });
      const { token } = await app.services.sessions.create(app.db, user, {
        scope: 'full',
        mfaVerified: true,
      });
      const pools = await loadPools(db.url);
      const get = (path: string) => async () => {
        const res = await fetch(`${address}${path}`, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      };
      log(`\nStock overview over HTTP, ${RUNS} runs each, page of 100 (ms):`);
      log(`${'query'.padEnd(44)} ${'p50'.padStart(7)} ${'p95'.padStart(7)}`);
      const location = pools.locations[0]!;
      for (const [name, path] of [
        ['all locations', '/api/supplies/stock'],
        ['one location', `/api/supplies/stock?locationId=${location}`],
        ['one category, all locations', '/api/supplies/stock?category=shelter'],
        ['search "item 12"', '/api/supplies/stock?q=item%2012'],
        ['low stock only, one location', `/api/supplies/stock?locationId=${location}&lowOnly=true`],
      ] as const) {
        const r = await timeRuns(RUNS, get(path));
        log(`${name.padEnd(44)} ${ms(r.p50)} ${ms(r.p95)}`);
      }
      log(
        `\nRecording movements: ${CLIENTS} concurrent clients over HTTP for ${SECONDS} s (client in a child process)…`,
      );
      const cpu = process.cpuUsage();
      const load = await recordMovementsInChild({
        address,
        token,
        pools,
        clients: CLIENTS,
        seconds: SECONDS,
      });
      const apiCpu = process.cpuUsage(cpu);
      log(
        `${load.requests.toLocaleString('en')} operations recorded (${(load.requests / load.seconds).toFixed(0)}/s), ` +
          `${load.movements.toLocaleString('en')} movements (${(load.movements / load.seconds).toFixed(0)}/s), ` +
          `${load.refused} refused with 409, ${load.failed} failed; request p95 ${load.p95Ms.toFixed(1)} ms; ` +
          // The API's own CPU per answered request: less sensitive to a busy machine than the rates.
          `API process CPU ${((apiCpu.user + apiCpu.system) / 1000 / Math.max(load.requests + load.refused, 1)).toFixed(2)} ms per request`,
      );
      const started = Date.now();
      const check = await checkBalances(app.db);
      log(
        `Balance check: ${check.mismatches.length} mismatches over ${check.rows.toLocaleString('en')} balances, ` +
          `${check.totals.length} per-item totals off ` +
          `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      if (check.mismatches.length || check.totals.length || load.failed) process.exitCode = 1;
    } finally {
      await app.close();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
