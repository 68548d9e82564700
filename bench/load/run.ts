/**
 * `npm run bench:load`: the load test of issue #7. On the incident benchmark's data set (.data/bench,
 * 1,000,000 incidents by default; `-- --incidents N` or BENCH_INCIDENTS for a smaller one, topped up
 * between runs), `--connections` clients (16) send a mix of 70% reads, 20% writes and 10% searches
 * and exports (mix.ts) for `--duration` seconds (600) to the built API in a child process, sampling
 * its RSS every 5 s; then the same mix for `--baseline-duration` seconds (the same) to the bare
 * Fastify + pg baseline (bare-server.ts). Prints requests/s, p50/p95/p99, errors apart from 409/429,
 * memory, and Vigil's throughput as a ratio of the baseline's. `--no-baseline` skips the baseline.
 * Ports: BENCH_PG_PORT (54339) for the embedded PostgreSQL, BENCH_LOAD_PORT (4400) and the next for HTTP.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runBench } from '../lib/bench-app';
import { benchDatabase } from '../lib/bench-database';
import { type Child, apiEnv, startApi, startBare } from './children';
import { type Figures, drive } from './drive';
import { loadPools } from './mix';
import { SESSION_MINUTES, prepare } from './prepare';
import { printReport } from './report';

const log = (line: string) => process.stdout.write(`${line}\n`);
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}
const INCIDENTS = option('incidents', Number(process.env.BENCH_INCIDENTS ?? 1_000_000));
const DURATION = option('duration', 600);
const BASELINE_DURATION = option('baseline-duration', DURATION);
const CONNECTIONS = option('connections', 16);
const WARMUP = option('warmup', 15);
const PORT = Number(process.env.BENCH_LOAD_PORT ?? 4400);

runBench(async () => {
  const database = await benchDatabase();
  try {
    const prepared = await prepare(database.url, INCIDENTS, log);
    const pools = await loadPools(database.url);
    const measure = async (start: () => Promise<Child>, seconds: number): Promise<Figures> => {
      const child = await start();
      try {
        log(`${child.name} (pid ${child.pid}): ${WARMUP} s warm-up, then ${seconds} s measured…`);
        if (WARMUP) await drive(child.url, child.pid, pools, prepared.tokens, WARMUP, CONNECTIONS);
        return await drive(child.url, child.pid, pools, prepared.tokens, seconds, CONNECTIONS);
      } finally {
        await child.stop();
      }
    };
    const c = prepared.counts;
    log(
      `\nData set: ${c.incidents.toLocaleString('en')} incidents, ${c.evictions.toLocaleString('en')} evictions, ` +
        `${c.cases.toLocaleString('en')} cases, ${c.items} supply items; ${CONNECTIONS} connections; ` +
        `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs (PostgreSQL, the server and the client share them)`,
    );
    const vigil = await measure(
      () =>
        startApi(
          'Vigil API',
          PORT,
          apiEnv(PORT, {
            ...prepared.keys,
            DATABASE_URL: database.url,
            // The mix comes from one address with two sessions: lift the per-process ceilings.
            RATE_LIMIT_PER_MINUTE: '100000000',
            LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
            SESSION_IDLE_MINUTES: String(SESSION_MINUTES),
            EVIDENCE_DIR: join('.data', 'bench', 'evidence'),
          }),
        ),
      DURATION,
    );
    const bare = process.argv.includes('--no-baseline')
      ? null
      : await measure(
          () =>
            startBare(PORT + 1, {
              DATABASE_URL: database.url,
              BARE_COORDINATOR_ID: prepared.users.coordinator,
              BARE_CASEWORKER_ID: prepared.users.caseworker,
            }),
          BASELINE_DURATION,
        );
    printReport(vigil, bare);
  } finally {
    await database.stop();
  }
});
