import { fork } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';

export interface LoadResult {
  seconds: number;
  requests: number;
  refused: number;
  failed: number;
  movements: number;
  p95Ms: number;
}

export interface Pools {
  items: string[];
  locations: string[];
}

/** Ids the clients pick from: all items and locations. */
export async function loadPools(url: string): Promise<Pools> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const items = (
      await client.query('SELECT id FROM supply_items WHERE NOT tracks_expiry AND active')
    ).rows.map((r: { id: string }) => r.id);
    const locations = (await client.query('SELECT id FROM stock_locations WHERE active')).rows.map(
      (r: { id: string }) => r.id,
    );
    return { items, locations };
  } finally {
    await client.end();
  }
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

/** One request of the mix a busy evening brings: half donations, a third distributions, the rest van loads. */
function nextRequest(pools: Pools): { path: string; body: object; movements: number } {
  const r = Math.random();
  const lines = (n: number, max: number) =>
    [...new Set(Array.from({ length: n }, () => pick(pools.items)))].map((itemId) => ({
      itemId,
      quantity: 1 + Math.floor(Math.random() * max),
    }));
  if (r < 0.5) {
    const l = lines(1 + Math.floor(Math.random() * 3), 40);
    return {
      path: '/api/supplies/receipts',
      body: { locationId: pick(pools.locations), source: 'donation', lines: l },
      movements: l.length,
    };
  }
  if (r < 0.8) {
    const l = lines(1 + Math.floor(Math.random() * 3), 5);
    return {
      path: '/api/supplies/distributions/record',
      body: {
        locationId: pick(pools.locations),
        distributedAt: new Date().toISOString(),
        served: { men: 40, women: 5 },
        lines: l,
      },
      movements: l.length,
    };
  }
  const from = pick(pools.locations);
  let to = pick(pools.locations);
  while (to === from) to = pick(pools.locations);
  const l = lines(1 + Math.floor(Math.random() * 2), 5);
  return {
    path: '/api/supplies/transfers',
    body: { fromLocationId: from, toLocationId: to, lines: l },
    movements: l.length * 2,
  };
}

/**
 * `clients` concurrent clients record movements over HTTP for `seconds`, each with its own
 * Idempotency-Key per request, as the phones do. A 409 (not enough stock) is a correct refusal.
 */
export async function recordMovements(
  address: string,
  token: string,
  pools: Pools,
  clients: number,
  seconds: number,
): Promise<LoadResult> {
  const until = Date.now() + seconds * 1000;
  const result: LoadResult = { seconds, requests: 0, refused: 0, failed: 0, movements: 0, p95Ms: 0 };
  const times: number[] = [];
  let n = 0;
  const client = async () => {
    while (Date.now() < until) {
      const req = nextRequest(pools);
      const started = performance.now();
      const res = await fetch(`${address}${req.path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': `bench-${process.pid}-${(n += 1)}`,
        },
        body: JSON.stringify(req.body),
      });
      await res.arrayBuffer();
      times.push(performance.now() - started);
      if (res.status === 200) {
        result.requests += 1;
        result.movements += req.movements;
      } else if (res.status === 409) result.refused += 1;
      else result.failed += 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: clients }, client));
  result.seconds = (Date.now() - started) / 1000;
  times.sort((a, b) => a - b);
  result.p95Ms = times[Math.floor(times.length * 0.95)] ?? 0;
  return result;
}

export interface LoadJob {
  address: string;
  token: string;
  pools: Pools;
  clients: number;
  seconds: number;
}

/** `recordMovements` in a child process (supplies-load-child.ts), so the client does not share the API's CPU. */
export function recordMovementsInChild(job: LoadJob): Promise<LoadResult> {
  const child = fork(join(__dirname, 'supplies-load-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load client exited with ${code}`));
    });
    child.send(job);
  });
}
