/**
 * `npm run bench:casework`: generates BENCH_CASEWORK_PEOPLE people (200,000) and BENCH_CASEWORK_CASES
 * cases (300,000) over BENCH_CASEWORK_CASEWORKERS caseworkers (300), sealed with the vault, in an
 * embedded PostgreSQL of its own (.data/bench-casework, port 54351) or BENCH_CASEWORK_DATABASE_URL;
 * then prints p50/p95 over BENCH_RUNS runs (50) of "my cases" (a caseworker holding about 1,000
 * cases, a lawyer of 100 holding as many), the coordinator's list, the deadline overview (mine, all), and the cost of
 * decrypting a page of 50 people. `-- --scale 0.1` (or BENCH_CASEWORK_SCALE) runs a smaller set.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadApiEnv } from '@vigil/config';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../apps/api/src/app';
import type { SealedAt } from '../../apps/api/src/features/casework/vault/vault';
import { loadLocalSecrets, localKeyEnv } from '../../scripts/lib/local-secrets';
import { ROOT } from '../../scripts/lib/postgres';
import { getter } from '../evictions/measure';
import { runBench } from '../lib/bench-app';
import { benchDatabase, timeRuns } from '../lib/bench-database';
import { benchToken } from '../lib/bench-session';
import { BENCH_COORDINATOR_ID, generateCasework } from './generate';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const scaleAt = process.argv.indexOf('--scale');
const SCALE = scaleAt === -1 ? env('BENCH_CASEWORK_SCALE', 1) : Number(process.argv[scaleAt + 1]);
const SIZE = {
  people: Math.round(env('BENCH_CASEWORK_PEOPLE', 200_000) * SCALE),
  cases: Math.round(env('BENCH_CASEWORK_CASES', 300_000) * SCALE),
  caseworkers: Math.max(10, Math.round(env('BENCH_CASEWORK_CASEWORKERS', 300) * SCALE)),
  lawyers: Math.max(2, Math.round(env('BENCH_CASEWORK_LAWYERS', 100) * SCALE)),
};
const RUNS = env('BENCH_RUNS', 50);
const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(2).padStart(8);
const row = (name: string, r: { p50: number; p95: number }, target: number) =>
  log(
    `${name.padEnd(58)} ${ms(r.p50)} ${ms(r.p95)}   ${r.p95 < target ? 'ok' : 'OVER'} (p95 < ${target} ms)`,
  );

async function measure(app: FastifyInstance) {
  const q = <T>(sql: string) => app.db.$queryRawUnsafe<T[]>(sql);
  const [counts] = await q<{ people: number; cases: number; open: number; deadlines: number }>(
    `SELECT (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM cases) AS cases,
            (SELECT count(*)::int FROM cases WHERE status <> 'closed') AS open,
            (SELECT count(*)::int FROM case_deadlines WHERE done_at IS NULL) AS deadlines`,
  );
  const started = Date.now();
  await q('SELECT count(*)::int FROM generate_series(1, 5000000)');
  log(
    `${counts!.people.toLocaleString('en')} people, ${counts!.cases.toLocaleString('en')} cases ` +
      `(${counts!.open.toLocaleString('en')} in progress), ${counts!.deadlines.toLocaleString('en')} open deadlines; ` +
      `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; counting to 5 million in SQL took ${Date.now() - started} ms`,
  );
  // The caseworker and the lawyer whose case counts are nearest 1,000.
  const [caseworker] = await q<{ email: string; n: number; open: number }>(
    `SELECT u.email, count(*)::int AS n, count(*) FILTER (WHERE c.status <> 'closed')::int AS open
     FROM case_assignments a JOIN users u ON u.id = a.user_id JOIN cases c ON c.id = a.case_id
     GROUP BY u.email ORDER BY abs(count(*) - 1000) LIMIT 1`,
  );
  const [lawyer] = await q<{ email: string; n: number; open: number }>(
    `SELECT u.email, count(*)::int AS n, count(*) FILTER (WHERE c.status <> 'closed')::int AS open
     FROM cases c JOIN users u ON u.id = c.lawyer_id GROUP BY u.email ORDER BY abs(count(*) - 1000) LIMIT 1`,
  );
  const coordinatorEmail = (await app.db.user.findUniqueOrThrow({ where: { id: BENCH_COORDINATOR_ID } }))
    .email;
  const tokens = {
    caseworker: await benchToken(app, 'caseworker', caseworker!.email),
    lawyer: await benchToken(app, 'lawyer', lawyer!.email),
    coordinator: await benchToken(app, 'coordinator', coordinatorEmail),
  };
  log(
    `caseworker: ${caseworker!.n} cases (${caseworker!.open} in progress); lawyer: ${lawyer!.n} cases (${lawyer!.open} in progress)`,
  );
  const get = getter(app);
  log(`\nLists and overview through the API (app.inject), page of 50, ${RUNS} runs each (ms):`);
  log(`${''.padEnd(58)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}`);
  for (const [name, url, token] of [
    ['my cases: caseworker (GET /api/cases?scope=mine)', '/api/cases?scope=mine', tokens.caseworker],
    ['my cases: lawyer', '/api/cases?scope=mine', tokens.lawyer],
    ['all cases: coordinator (GET /api/cases?scope=all)', '/api/cases?scope=all', tokens.coordinator],
    ['deadline overview, mine (caseworker)', '/api/casework/deadlines?scope=mine', tokens.caseworker],
    ['deadline overview, all (coordinator)', '/api/casework/deadlines?scope=all', tokens.coordinator],
  ] as const) {
    row(name, await timeRuns(RUNS, () => get(url, token)), 50);
  }
  await measureDecryption(app, tokens.coordinator, get);
}

/** 50 people × 4 sealed fields opened in process, and the audited personal read over the API. */
async function measureDecryption(app: FastifyInstance, token: string, get: ReturnType<typeof getter>) {
  const people = await app.db.person.findMany({
    where: {
      legalNameEnc: { not: null },
      dateOfBirthEnc: { not: null },
      contactsEnc: { not: null },
      notesEnc: { not: null },
      sensitivity: { isEmpty: true },
    },
    select: { id: true, legalNameEnc: true, dateOfBirthEnc: true, contactsEnc: true, notesEnc: true },
    take: 50 * (RUNS + 3),
  });
  let page = 0;
  const cpu = process.cpuUsage();
  const decrypt = await timeRuns(RUNS, async () => {
    const slice = people.slice((page % (RUNS + 3)) * 50, (page % (RUNS + 3)) * 50 + 50);
    page += 1;
    for (const p of slice) {
      for (const field of ['legalName', 'dateOfBirth', 'contacts', 'notes'] as const) {
        const at: SealedAt = { table: 'people', id: p.id, field };
        await app.vault.open(at, p[`${field}Enc`]!);
      }
    }
  });
  // CPU per page as well: on a busy machine the wall-clock p95 mostly measures waiting for a core.
  const used = process.cpuUsage(cpu);
  const cpuPerPage = (used.user + used.system) / 1000 / (RUNS + 3);
  log(`\nDecryption (ms):`);
  row('a page of 50 people, 4 fields each (200 vault.open)', decrypt, 5);
  log(`${'  the same, CPU time per page (mean)'.padEnd(58)} ${ms(cpuPerPage)}`);
  let detail = 0;
  const plain = await timeRuns(RUNS, () => get(`/api/people/${people[detail++ % people.length]!.id}`, token));
  row('GET /api/people/:id (no decryption), coordinator', plain, 50);
  let next = 0;
  const personal = await timeRuns(RUNS, () =>
    get(`/api/people/${people[next++ % people.length]!.id}/personal`, token),
  );
  row('GET /api/people/:id/personal (4 fields, audited), coordinator', personal, 50);
}

runBench(async () => {
  const { url, stop } = await benchDatabase({
    urlVariable: 'BENCH_CASEWORK_DATABASE_URL',
    folder: 'bench-casework',
    port: env('BENCH_CASEWORK_PG_PORT', 54351),
    database: 'vigil_bench_casework',
  });
  try {
    // The benchmark's own keys, kept beside its data: generation and the API must seal and open alike.
    const keys = localKeyEnv(loadLocalSecrets(join(ROOT, '.data', 'bench-casework', 'secrets.json')), {});
    log(
      `Generating ${SIZE.people.toLocaleString('en')} people, ${SIZE.cases.toLocaleString('en')} cases, ` +
        `${SIZE.caseworkers} caseworkers, ${SIZE.lawyers} lawyers…`,
    );
    await generateCasework(url, SIZE, keys, log);
    const app = await buildApp({
      env: loadApiEnv({
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: url,
        ...keys,
        RATE_LIMIT_PER_MINUTE: '10000000',
        EVIDENCE_DIR: '.data/bench-casework/evidence',
      }),
    });
    try {
      await app.ready();
      await measure(app);
    } finally {
      await app.close();
    }
  } finally {
    await stop();
  }
});
