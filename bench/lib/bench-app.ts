import { loadApiEnv } from '@vigil/config';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../apps/api/src/app';
import { type BenchDatabaseOptions, benchDatabase } from './bench-database';

/**
 * Starts the benchmark database, lets `prepare` fill it, then runs `work` against the whole API built
 * on it (production settings, no rate limit), and stops everything whatever happens.
 */
export async function withBenchApp(
  database: BenchDatabaseOptions & { evidenceDir: string },
  prepare: (url: string) => Promise<void>,
  work: (app: FastifyInstance, url: string) => Promise<void>,
): Promise<void> {
  const { url, keys, stop } = await benchDatabase(database);
  try {
    await prepare(url);
    const env = loadApiEnv({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      ...keys,
      RATE_LIMIT_PER_MINUTE: '1000000',
      EVIDENCE_DIR: database.evidenceDir,
    });
    const app = await buildApp({ env });
    try {
      await app.ready();
      await work(app, url);
    } finally {
      await app.close();
    }
  } finally {
    await stop();
  }
}

/** Runs a benchmark's main function; a failure prints its stack and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  });
}
