/**
 * `npm run bench:overhead`: the fixed cost every authenticated request pays. For a trivial GET
 * (/api/auth/me), the incident list (limit 50 over BENCH_OVERHEAD_INCIDENTS incidents, 5,000), an
 * incident's detail, the creation of a full incident, an idempotent stock receipt, a transfer and a recorded distribution it prints the database round trips per request (counted in this process,
 * so the figure does not depend on machine load) and p50/p95 of BENCH_REQUESTS (2,000) sequential
 * in-process requests; then receipts/s and movements/s of BENCH_CLIENTS (20) concurrent clients for
 * BENCH_SECONDS (10). An embedded PostgreSQL of its own (.data/bench-overhead, port 54343) or
 * BENCH_OVERHEAD_DATABASE_URL. BENCH_VERBOSE=1 also lists the statements of one request of each kind.
 */
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { ROOT } from '../scripts/lib/postgres';
import { runBench, withBenchApp } from './lib/bench-app';
import { percentile } from './lib/bench-database';
import { benchToken } from './lib/bench-session';
import { generateIncidents } from './incidents/generate';
import { RoundTrips } from './overhead-counter';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const INCIDENTS = env('BENCH_OVERHEAD_INCIDENTS', 5_000);
const REQUESTS = env('BENCH_REQUESTS', 2_000);
const CLIENTS = env('BENCH_CLIENTS', 20);
const SECONDS = env('BENCH_SECONDS', 10);
const VERBOSE = process.env.BENCH_VERBOSE === '1';
const log = (line: string) => process.stdout.write(`${line}\n`);

/** A handful of items and locations for receipts (the ledger's size does not matter here). */
async function prepareStock(url: string): Promise<{ items: string[]; locations: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO supply_items (id, code, category, name_en, name_fr, updated_at)
      SELECT gen_random_uuid(), 'OVERHEAD-' || g, 'food', 'Overhead item ' || g, 'Article ' || g, now()
      FROM generate_series(1, 20) g ON CONFLICT DO NOTHING`);
    await client.query(`
      INSERT INTO stock_locations (id, name, kind, updated_at)
      SELECT gen_random_uuid(), 'Overhead store ' || g, 'warehouse', now()
      FROM generate_series(1, 4 - (SELECT count(*) FROM stock_locations WHERE name LIKE 'Overhead store %')) g`);
    const ids = async (sql: string) => (await client.query<{ id: string }>(sql)).rows.map((r) => r.id);
    return {
      items: await ids(`SELECT id FROM supply_items WHERE code LIKE 'OVERHEAD-%' AND NOT tracks_expiry`),
      locations: await ids(`SELECT id FROM stock_locations WHERE name LIKE 'Overhead store %'`),
    };
  } finally {
    await client.end();
  }
}

/** This process's CPU time per request (user + system): less sensitive to machine load than wall time. */
function cpuMs(since: NodeJS.CpuUsage, requests: number): string {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / 1000 / requests).toFixed(2).padStart(7);
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

async function send(app: FastifyInstance, request: InjectOptions): Promise<void> {
  const response = await app.inject(request);
  if (response.statusCode !== 200) throw new Error(`${request.url}: ${response.statusCode} ${response.body}`);
}

async function measure(app: FastifyInstance, trips: RoundTrips, name: string, next: () => InjectOptions) {
  for (let i = 0; i < 20; i += 1) await send(app, next()); // warm the JIT, the pool and the plan cache
  const statements = await trips.record(() => send(app, next()));
  const before = trips.count;
  const cpu = process.cpuUsage();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const started = process.hrtime.bigint();
    await send(app, next());
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const perRequest = (trips.count - before) / REQUESTS;
  const ms = (p: number) => percentile(times, p).toFixed(2).padStart(7);
  log(`${name.padEnd(44)} ${perRequest.toFixed(2).padStart(6)} ${ms(50)} ${ms(95)} ${cpuMs(cpu, REQUESTS)}`);
  if (VERBOSE) for (const sql of statements) log(`    ${sql}`);
}

/** CLIENTS concurrent clients recording receipts for SECONDS: the rate issue #5 asks about. */
async function throughput(app: FastifyInstance, receipt: () => InjectOptions) {
  let requests = 0;
  let movements = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = Date.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < until) {
        const request = receipt();
        await send(app, request);
        requests += 1;
        movements += (request.payload as { lines: unknown[] }).lines.length;
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  log(
    `${CLIENTS} clients, ${seconds.toFixed(1)} s: ${(requests / seconds).toFixed(0)} receipts/s, ` +
      `${(movements / seconds).toFixed(0)} movements/s, API CPU ${cpuMs(cpu, requests).trim()} ms per receipt`,
  );
}

async function main() {
  const trips = new RoundTrips();
  trips.install();
  let stock = { items: [] as string[], locations: [] as string[] };
  await withBenchApp(
    {
      urlVariable: 'BENCH_OVERHEAD_DATABASE_URL',
      folder: 'bench-overhead',
      port: env('BENCH_OVERHEAD_PG_PORT', 54343),
      database: 'vigil_overhead',
      evidenceDir: join(ROOT, '.data', 'bench-overhead', 'evidence'),
    },
    async (url) => {
      await generateIncidents(url, INCIDENTS, () => {});
      stock = await prepareStock(url);
    },
    async (app) => {
      const token = await benchToken(app, 'coordinator');
      const headers = { authorization: `Bearer ${token}` };
      const receipt = (): InjectOptions => ({
        method: 'POST',
        url: '/api/supplies/receipts',
        headers: { ...headers, 'idempotency-key': `overhead-${randomUUID()}` },
        payload: {
          locationId: pick(stock.locations),
          source: 'donation',
          lines: [...new Set([pick(stock.items), pick(stock.items)])].map((itemId) => ({
            itemId,
            quantity: 3,
          })),
        },
      });
      log(`${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}; ${REQUESTS} sequential requests each`);
      log(
        `${'request'.padEnd(44)} ${'trips'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'CPU ms'.padStart(7)}`,
      );
      await measure(app, trips, 'GET /api/auth/me', () => ({ method: 'GET', url: '/api/auth/me', headers }));
      await measure(app, trips, 'GET /api/incidents?limit=50', () => ({
        method: 'GET',
        url: '/api/incidents?limit=50',
        headers,
      }));
      const detailed = await app.db.incident.findFirstOrThrow({
        where: { status: { not: 'draft' }, acts: { some: {} } },
        select: { id: true },
      });
      await measure(app, trips, 'GET /api/incidents/:id', () => ({
        method: 'GET',
        url: `/api/incidents/${detailed.id}`,
        headers,
      }));
      const term = async (kind: 'act_type' | 'force' | 'property_type') =>
        (
          await app.db.vocabularyTerm.findFirstOrThrow({
            where: { kind, parentId: kind === 'act_type' ? { not: null } : null },
          })
        ).id;
      const [actTypeId, forceId, propertyTypeId] = [
        await term('act_type'),
        await term('force'),
        await term('property_type'),
      ];
      // What an observer records after an eviction: two victims, a unit, an act with seized tents, a
      // witness with a contact (sealed), a complaint filed.
      await measure(app, trips, 'POST /api/incidents (full record)', () => ({
        method: 'POST',
        url: '/api/incidents',
        headers,
        payload: {
          title: 'Tear gas on people sleeping under the bridge',
          narrative: 'CRS units arrived at 06:10 and sprayed gas into tents.',
          startAt: new Date().toISOString(),
          sourceType: 'first_hand',
          status: 'submitted',
          commune: 'Calais',
          victims: [
            { key: 'v1', alias: 'Group under the bridge', isGroup: true, count: 40 },
            { key: 'v2', alias: 'A.', minor: true, ageMin: 15, ageMax: 16 },
          ],
          perpetrators: [{ key: 'p1', forceId, unit: 'CRS 8', rioShown: 'no', officerCount: 12 }],
          acts: [
            {
              actTypeId,
              victimKeys: ['v1', 'v2'],
              perpetratorKeys: ['p1'],
              quotes: ['Dégagez !'],
              items: [{ propertyTypeId, fate: 'seized', count: 6 }],
            },
          ],
          witnesses: [
            { key: 'w1', alias: 'Volunteer M.', willingToTestify: true, contact: '+33 6 00 00 00 00' },
          ],
          followUps: [{ body: 'defenseur_des_droits', status: 'filed', date: '2026-03-01' }],
        },
      }));
      await measure(app, trips, 'POST /api/supplies/receipts (Idempotency-Key)', receipt);
      // Enough stock at the first store for every transfer and distribution below.
      const [store, ...others] = stock.locations as [string, ...string[]];
      await send(app, {
        method: 'POST',
        url: '/api/supplies/receipts',
        headers,
        payload: {
          locationId: store,
          source: 'donation',
          lines: stock.items.map((itemId) => ({ itemId, quantity: 1_000_000 })),
        },
      });
      const keyed = { ...headers, 'idempotency-key': '' };
      await measure(app, trips, 'POST /api/supplies/transfers', () => ({
        method: 'POST',
        url: '/api/supplies/transfers',
        headers: { ...keyed, 'idempotency-key': `overhead-${randomUUID()}` },
        payload: {
          fromLocationId: store,
          toLocationId: pick(others),
          lines: [{ itemId: pick(stock.items), quantity: 1 }],
        },
      }));
      await measure(app, trips, 'POST /api/supplies/distributions/record', () => ({
        method: 'POST',
        url: '/api/supplies/distributions/record',
        headers: { ...keyed, 'idempotency-key': `overhead-${randomUUID()}` },
        payload: {
          locationId: store,
          distributedAt: new Date().toISOString(),
          served: { men: 12, women: 3 },
          lines: [{ itemId: pick(stock.items), quantity: 1 }],
        },
      }));
      await throughput(app, receipt);
    },
  );
}

runBench(main);
