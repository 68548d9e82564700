/**
 * `npm run bench:incidents`: generates BENCH_INCIDENTS incidents (default 1,000,000; kept between
 * runs) and prints the list endpoint's p50/p95 for ten filters next to the same SQL run bare.
 */
import { loadApiEnv } from '@vigil/config';
import { buildApp } from '../../apps/api/src/app';
import { benchDatabase } from '../lib/bench-database';
import { generateIncidents } from './generate';
import { benchCsvExport, benchDossier } from './exports';
import { benchListLatency } from './list-latency';

const COUNT = Number(process.env.BENCH_INCIDENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const log = (line: string) => process.stdout.write(`${line}\n`);
// Exports and dossiers keep evidence-side files; the benchmark's go to a throw-away folder.
process.env.BENCH_EVIDENCE_DIR ??= '.data/bench/evidence';
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
      ...database.keys,
      RATE_LIMIT_PER_MINUTE: '1000000',
      EVIDENCE_DIR: process.env.BENCH_EVIDENCE_DIR,
    });
    const app = await buildApp({ env });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
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
      log(`\nList endpoint, ${RUNS} runs per filter, page of 50 (ms):`);
      log(
        `${'filter'.padEnd(52)} ${'API p50'.padStart(7)} ${'API p95'.padStart(7)} ${'SQL p50'.padStart(7)} ${'SQL p95'.padStart(7)}  ratio p95`,
      );
      for (const r of await benchListLatency(app, address, token, database.url, RUNS)) {
        log(
          `${r.filter.padEnd(52)} ${ms(r.apiP50)} ${ms(r.apiP95)} ${ms(r.sqlP50)} ${ms(r.sqlP95)}  ${(r.apiP95 / r.sqlP95).toFixed(2)}×`,
        );
      }
      const year = 'from=2024-01-01&to=2024-12-31';
      const csv = await benchCsvExport(address, token, year);
      log(
        `\nCSV export of one year (${csv.rows.toLocaleString('en')} incidents, ${(csv.bytes / 1e6).toFixed(1)} MB): ` +
          `${csv.seconds.toFixed(1)} s, ${Math.round(csv.rowsPerSecond).toLocaleString('en')} rows/s, ` +
          `peak RSS ${csv.peakMb.toFixed(0)} MB (${csv.startMb.toFixed(0)} MB before; API and client share the process)`,
      );
      const dossier = await benchDossier(address, token, 'commune=Calais&from=2024-01-01&to=2024-01-31');
      log(
        `PDF dossier of ${dossier.incidents.toLocaleString('en')} incidents, signed: ${dossier.seconds.toFixed(1)} s, ` +
          `peak RSS ${dossier.peakMb.toFixed(0)} MB (${dossier.startMb.toFixed(0)} MB before)`,
      );
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
