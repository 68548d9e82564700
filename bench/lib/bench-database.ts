import { join } from 'node:path';
import { loadLocalSecrets } from '../../scripts/lib/local-secrets';
import {
  ROOT,
  createDatabase,
  databaseExists,
  migrate,
  pendingMigrations,
  startEmbeddedPostgres,
  withDatabase,
} from '../../scripts/lib/postgres';

/**
 * The benchmark database: BENCH_DATABASE_URL, or a database `vigil_bench` on an embedded cluster kept
 * in .data/bench (generated data survives between runs, so generation happens once).
 */
export async function benchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) {
    const url = process.env.BENCH_DATABASE_URL;
    if ((await pendingMigrations(url).catch(() => ['?'])).length) await migrate(url);
    return { url, stop: async () => {} };
  }
  const dataDir = join(ROOT, '.data', 'bench');
  const secrets = loadLocalSecrets(join(dataDir, 'secrets.json'));
  const cluster = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'postgres'),
    port: Number(process.env.BENCH_PG_PORT ?? 54339),
    password: secrets.postgresPassword,
    persistent: true,
  });
  if (!(await databaseExists(cluster.adminUrl, 'vigil_bench')))
    await createDatabase(cluster.adminUrl, 'vigil_bench');
  const url = withDatabase(cluster.adminUrl, 'vigil_bench');
  if ((await pendingMigrations(url)).length) await migrate(url);
  return { url, stop: () => cluster.stop() };
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)]!;
}

export async function timeRuns(
  runs: number,
  work: () => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i += 1) await work(); // warm caches and the plan cache
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
