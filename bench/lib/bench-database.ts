import { join } from 'node:path';
import { type KeyEnv, loadLocalSecrets, localKeyEnv } from '../../scripts/lib/local-secrets';
import {
  ROOT,
  createDatabase,
  databaseExists,
  migrate,
  pendingMigrations,
  startEmbeddedPostgres,
  withDatabase,
} from '../../scripts/lib/postgres';

/** Where a benchmark keeps its data; the defaults are the incident benchmark's. */
export interface BenchDatabaseOptions {
  /** Environment variable naming a server database to use instead (default BENCH_DATABASE_URL). */
  urlVariable?: string;
  /** Folder under .data for the embedded cluster (default `bench`). */
  folder?: string;
  /** Port of the embedded cluster (default BENCH_PG_PORT or 54339). */
  port?: number;
  /** Database name on the embedded cluster (default `vigil_bench`). */
  database?: string;
}

/**
 * The benchmark database: BENCH_DATABASE_URL, or a database `vigil_bench` on an embedded cluster kept
 * in .data/bench (generated data survives between runs, so generation happens once). Other benchmarks
 * pass their own folder, port and name so that they can run at the same time.
 */
export async function benchDatabase(
  options: BenchDatabaseOptions = {},
): Promise<{ url: string; keys: KeyEnv; stop: () => Promise<void> }> {
  const dataDir = join(ROOT, '.data', options.folder ?? 'bench');
  // The keys stay with the data: the casework data key is wrapped once, on the first run.
  const secrets = loadLocalSecrets(join(dataDir, 'secrets.json'));
  const keys = localKeyEnv(secrets);
  const serverUrl = process.env[options.urlVariable ?? 'BENCH_DATABASE_URL'];
  if (serverUrl) {
    if ((await pendingMigrations(serverUrl).catch(() => ['?'])).length) await migrate(serverUrl);
    return { url: serverUrl, keys, stop: async () => {} };
  }
  const database = options.database ?? 'vigil_bench';
  const cluster = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'postgres'),
    port: options.port ?? Number(process.env.BENCH_PG_PORT ?? 54339),
    password: secrets.postgresPassword,
    persistent: true,
  });
  if (!(await databaseExists(cluster.adminUrl, database))) await createDatabase(cluster.adminUrl, database);
  const url = withDatabase(cluster.adminUrl, database);
  if ((await pendingMigrations(url)).length) await migrate(url);
  return { url, keys, stop: () => cluster.stop() };
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
