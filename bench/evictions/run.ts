/**
 * `npm run bench:evictions`: generates 200 sites, BENCH_EVICTIONS evictions (default 100,000) and ten
 * observation-log entries per eviction (kept between runs, in .data/bench-evictions or
 * BENCH_EVICTIONS_DATABASE_URL), then prints p50/p95 of site detail, the filtered eviction list and
 * the interval statistics.
 */
import { cpus, loadavg } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { runBench, withBenchApp } from '../lib/bench-app';
import { benchToken } from '../lib/bench-session';
import { BENCH_OBSERVERS, generateEvictions, observerId } from './generate';
import { type Timing, benchList, benchSiteDetail, benchStats } from './measure';

const COUNT = Number(process.env.BENCH_EVICTIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1)).padStart(8);

function table(title: string, rows: Timing[], bare = false) {
  const sqlHeader = bare ? `   ${'SQL p50'.padStart(8)} ${'SQL p95'.padStart(8)}` : '';
  log(`\n${title}`);
  log(`${''.padEnd(52)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}${sqlHeader}`);
  for (const r of rows) {
    log(`${r.name.padEnd(52)} ${ms(r.p50)} ${ms(r.p95)}${bare ? `   ${ms(r.sqlP50)} ${ms(r.sqlP95)}` : ''}`);
  }
}

async function measure(app: FastifyInstance, url: string) {
  const [counts] = await app.db.$queryRaw<{ evictions: number; entries: number; sites: number }[]>`
    SELECT (SELECT count(*)::int FROM evictions) AS evictions,
           (SELECT count(*)::int FROM eviction_log_entries) AS entries, (SELECT count(*)::int FROM sites) AS sites`;
  // A fixed amount of CPU work, so that figures from a busy or slow machine can be read in proportion.
  const started = Date.now();
  await app.db.$queryRaw`SELECT count(*)::int FROM generate_series(1, 5000000)`;
  log(
    `${counts!.sites} sites, ${counts!.evictions.toLocaleString('en')} evictions, ` +
      `${counts!.entries.toLocaleString('en')} log entries; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; ` +
      `counting to 5 million in SQL took ${Date.now() - started} ms`,
  );
  const observer = await app.db.user.findUniqueOrThrow({ where: { id: observerId(BENCH_OBSERVERS - 1) } });
  const tokens = {
    lawyer: await benchToken(app, 'lawyer'),
    coordinator: await benchToken(app, 'coordinator'),
    observer: await benchToken(app, 'legal_observer', observer.email),
  };
  const busiest = await app.db.$queryRaw<{ site_id: string }[]>`
    SELECT site_id::text FROM evictions GROUP BY site_id ORDER BY count(*) DESC LIMIT 20`;
  const crs = await app.db.vocabularyTerm.findUniqueOrThrow({
    where: { kind_code: { kind: 'force', code: 'crs' } },
  });
  const ids = { site: busiest[0]!.site_id, crs: crs.id };
  table(
    `Site detail (status history, populations, latest evictions and incidents), ${RUNS} runs over the 20 busiest sites (ms)`,
    await benchSiteDetail(
      app,
      tokens,
      busiest.map((b) => b.site_id),
      RUNS,
    ),
  );
  table(
    `Eviction list, page of 50, ${RUNS} runs per filter (ms; API through app.inject, SQL bare)`,
    await benchList(app, url, tokens, observer.id, ids, RUNS),
    true,
  );
  const statsRuns = Math.min(RUNS, 10);
  table(
    `Eviction statistics (intervals, months, property, forces), ${statsRuns} runs (ms)`,
    await benchStats(app, url, tokens, ids, statsRuns),
    true,
  );
}

runBench(() =>
  withBenchApp(
    {
      urlVariable: 'BENCH_EVICTIONS_DATABASE_URL',
      folder: 'bench-evictions',
      port: Number(process.env.BENCH_EVICTIONS_PG_PORT ?? 54349),
      database: 'vigil_bench_evictions',
      evidenceDir: '.data/bench-evictions/evidence',
    },
    async (url) => {
      log(`Generating ${COUNT.toLocaleString('en')} evictions at 200 sites…`);
      await generateEvictions(url, COUNT, log);
    },
    measure,
  ),
);
