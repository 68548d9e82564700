/**
 * `npm run bench:incidents`: generates BENCH_INCIDENTS incidents (default 1,000,000; kept between
 * runs) and prints the list endpoint's p50/p95 for ten filters next to the same SQL run bare.
 */
import { randomBytes } from 'node:crypto';
import { loadApiEnv } from '@vigil/config';
import { buildApp } from '../../apps/api/src/app';
import { benchDatabase } from '../lib/bench-database';
import { generateIncidents } from './generate';
import { benchListLatency } from './list-latency';

const COUNT = Number(process.env.BENCH_INCIDENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(1).padStart(7);

async function main() {
  const database = await benchDatabase();
  try {
    log(`Generating up to ${COUNT.toLocaleString('en')} incidents…`);
    await generateIncidents(database.url, COUNT, log);
    const env = loadApiEnv({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      MASTER_KEY: randomBytes(32).toString('base64'),
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const app = await buildApp({ env });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const user = await app.db.user.findFirstOrThrow({ where: { email: 'bench-observer@bench.vigil' } });
      const lawyer = await app.db.user.upsert({
        where: { email: 'bench-lawyer@bench.vigil' },
        create: {
          email: 'bench-lawyer@bench.vigil',
          displayName: 'Bench lawyer',
          role: 'lawyer',
          status: 'active',
        },
        update: {},
      });
      const { token } = await app.services.sessions.create(app.db, lawyer, {
        scope: 'full',
        mfaVerified: true,
      });
      void user;
      log(`\nList endpoint, ${RUNS} runs per filter, page of 50 (ms):`);
      log(
        `${'filter'.padEnd(52)} ${'API p50'.padStart(7)} ${'API p95'.padStart(7)} ${'SQL p50'.padStart(7)} ${'SQL p95'.padStart(7)}  ratio p95`,
      );
      for (const r of await benchListLatency(app, address, token, database.url, RUNS)) {
        log(
          `${r.filter.padEnd(52)} ${ms(r.apiP50)} ${ms(r.apiP95)} ${ms(r.sqlP50)} ${ms(r.sqlP95)}  ${(r.apiP95 / r.sqlP95).toFixed(2)}×`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
