/**
 * `npm run bench:incidents`: generates BENCH_INCIDENTS incidents (default 1,000,000; kept between
 * runs), starts the built API in a process of its own (port BENCH_INCIDENTS_PORT, 4410), and prints
 * the list endpoint's p50/p95 for ten filters next to the same SQL run bare from this process, then
 * a one-year CSV export and a dossier with the API process's peak RSS. Build the API first.
 */
import { join } from 'node:path';
import { createDb } from '@vigil/db';
import { createSessionService } from '../../apps/api/src/features/sessions/session-service';
import { apiEnv, rssMb, startApi, startBare } from '../load/children';
import { benchDatabase, timeRuns } from '../lib/bench-database';
import { benchToken } from '../lib/bench-session';
import { getBody } from '../lib/http-client';
import { generateIncidents } from './generate';
import { benchCsvExport, benchDossier } from './exports';
import { benchListLatency } from './list-latency';

const COUNT = Number(process.env.BENCH_INCIDENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const PORT = Number(process.env.BENCH_INCIDENTS_PORT ?? 4410);
const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(1).padStart(7);

async function main() {
  const database = await benchDatabase();
  const db = createDb(database.url, { max: 2 });
  try {
    log(`Generating up to ${COUNT.toLocaleString('en')} incidents…`);
    await generateIncidents(database.url, COUNT, log);
    const sessions = createSessionService(db, { SESSION_IDLE_MINUTES: 60, SESSION_ABSOLUTE_HOURS: 24 });
    const token = await benchToken({ db, services: { sessions } }, 'lawyer');
    const api = await startApi(
      'Vigil API',
      PORT,
      apiEnv(PORT, {
        ...database.keys,
        DATABASE_URL: database.url,
        RATE_LIMIT_PER_MINUTE: '1000000',
        // Exports and dossiers keep evidence-side files; the benchmark's go to a throw-away folder.
        EVIDENCE_DIR: join('.data', 'bench', 'evidence'),
      }),
    );
    const lawyer = await db.user.findUniqueOrThrow({ where: { email: 'bench-lawyer@bench.vigil' } });
    const bare = await startBare(PORT + 1, { DATABASE_URL: database.url, BARE_LAWYER_ID: lawyer.id });
    const rss = () => rssMb(api.pid);
    try {
      log(
        `\nList endpoint, ${RUNS} runs per filter, page of 50 (ms; the API and the bare HTTP server each in ` +
          `its own process, the client here; "bare HTTP" is bench/load/bare-server.ts: the same SQL behind ` +
          `Fastify with no session, checks or zod):`,
      );
      log(
        `${'filter'.padEnd(52)} ${'API p50'.padStart(7)} ${'API p95'.padStart(7)} ${'HTTP p50'.padStart(8)} ${'HTTP p95'.padStart(8)} ${'SQL p50'.padStart(7)} ${'SQL p95'.padStart(7)}  API/SQL p50  API/SQL p95  HTTP/SQL p95`,
      );
      const ratio = (a: number, b: number) => `${(a / b).toFixed(2).padStart(10)}×`;
      for (const r of await benchListLatency(
        db,
        { api: api.url, bare: bare.url },
        token,
        database.url,
        RUNS,
      )) {
        log(
          `${r.filter.padEnd(52)} ${ms(r.apiP50)} ${ms(r.apiP95)} ${ms(r.httpP50).padStart(8)} ${ms(r.httpP95).padStart(8)} ` +
            `${ms(r.sqlP50)} ${ms(r.sqlP95)}  ${ratio(r.apiP50, r.sqlP50)}  ${ratio(r.apiP95, r.sqlP95)}   ${ratio(r.httpP95, r.sqlP95)}`,
        );
      }
      // The fixed cost of any authenticated request over HTTP (session check, headers, JSON): the floor
      // under every list figure above, however fast its SQL.
      const floor = await timeRuns(RUNS, () => getBody(`${api.url}/api/auth/me`, token));
      log(`${'floor: GET /api/auth/me (session and settings)'.padEnd(52)} ${ms(floor.p50)} ${ms(floor.p95)}`);
      const year = 'from=2024-01-01&to=2024-12-31';
      // Twice: the first export after the API starts also pays for cold caches (PostgreSQL's and the JIT's).
      for (const run of ['first', 'second'] as const) {
        const csv = await benchCsvExport(api.url, token, year, rss);
        log(
          `${run === 'first' ? '\n' : ''}CSV export of one year, ${run} run (${csv.rows.toLocaleString('en')} incidents, ` +
            `${(csv.bytes / 1e6).toFixed(1)} MB): ${csv.seconds.toFixed(1)} s, ` +
            `${Math.round(csv.rowsPerSecond).toLocaleString('en')} rows/s, ` +
            `API peak RSS ${csv.peakMb.toFixed(0)} MB (${csv.startMb.toFixed(0)} MB before)`,
        );
      }
      const dossier = await benchDossier(api.url, token, 'commune=Calais&from=2024-01-01&to=2024-01-31', rss);
      log(
        `PDF dossier of ${dossier.incidents.toLocaleString('en')} incidents, signed: ${dossier.seconds.toFixed(1)} s, ` +
          `API peak RSS ${dossier.peakMb.toFixed(0)} MB (${dossier.startMb.toFixed(0)} MB before)`,
      );
    } finally {
      await Promise.all([api.stop(), bare.stop()]);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
