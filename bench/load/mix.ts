import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** Ids the requests pick from, read once from the database before the run. */
export interface Pools {
  incidents: string[];
  evictions: string[];
  sites: string[];
  forces: string[];
  crs: string;
  actTypes: string[];
  items: string[];
  locations: string[];
}

export async function loadPools(url: string): Promise<Pools> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ids = async (sql: string) => (await client.query<{ id: string }>(sql)).rows.map((r) => r.id);
  try {
    const forces = await ids(`SELECT id FROM vocabulary_terms WHERE kind = 'force' ORDER BY sort_order`);
    return {
      // A sample spread over the table, not the newest rows only: details hit cold pages as real reads do.
      incidents: await ids(`SELECT id FROM incidents TABLESAMPLE SYSTEM (1) LIMIT 2000`),
      evictions: await ids(`SELECT id FROM evictions WHERE status <> 'draft' ORDER BY random() LIMIT 200`),
      sites: await ids(`SELECT id FROM sites`),
      forces,
      crs:
        (await ids(`SELECT id FROM vocabulary_terms WHERE kind = 'force' AND code = 'crs'`))[0] ?? forces[0]!,
      actTypes: await ids(
        `SELECT id FROM vocabulary_terms WHERE kind = 'act_type' AND parent_id IS NOT NULL`,
      ),
      items: await ids(`SELECT id FROM supply_items WHERE active AND NOT tracks_expiry LIMIT 200`),
      locations: await ids(`SELECT id FROM stock_locations WHERE active`),
    };
  } finally {
    await client.end();
  }
}

export type Who = 'coordinator' | 'caseworker';

/** One request of the mix; `kind` names it in the per-kind table. */
export interface MixRequest {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  body?: object;
  as?: Who;
  idempotent?: boolean;
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const day = (from: number, spanDays: number) => {
  const start = Date.UTC(2017, 0, 1) + Math.floor(Math.random() * from) * 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return `from=${iso(start)}&to=${iso(start + (spanDays - 1) * 86_400_000)}`;
};
const COMMUNES = ['Calais', 'Grande-Synthe', 'Coquelles', 'Marck', 'Loon-Plage'];
const WORDS = ['gaz', 'Calais', 'tente', 'CRS', 'arrest', 'Grande-Synthe', 'couvertures', 'site 12'];

/** Incident list filters a coordinator runs (the incident benchmark's, without the full-text one). */
function incidentFilter(pools: Pools): string {
  return pick([
    () => '',
    () => day(2900, 90),
    () => `commune=${encodeURIComponent(pick(COMMUNES))}`,
    () => `forceId=${pools.crs}&${day(2900, 90)}`,
    () => 'victimFlag=minor',
    () => 'rioShown=yes',
    () => 'verificationStatus=verified&sourceType=first_hand',
    () => `siteId=${pick(pools.sites)}`,
  ])();
}

function newIncident(pools: Pools) {
  return {
    title: `Load test: ${pick(WORDS)} near site ${Math.floor(Math.random() * 200)}`,
    narrative: 'Observed by the patrol during the load test. About 20 people present.',
    startAt: new Date(Date.now() - Math.random() * 86_400_000 * 30).toISOString(),
    siteId: pick(pools.sites),
    sourceType: 'first_hand',
    status: 'submitted',
    victims: [{ key: 'v1', alias: 'Group', isGroup: true, count: 20, minor: Math.random() < 0.25 }],
    perpetrators: [
      { key: 'p1', forceId: pick(pools.forces), unit: 'Unit 3', rioShown: 'no', officerCount: 8 },
    ],
    acts: [
      {
        actTypeId: pick(pools.actTypes),
        description: 'Gas sprayed',
        victimKeys: ['v1'],
        perpetratorKeys: ['p1'],
      },
    ],
  };
}

/**
 * The mix of issue #7, by weight out of 100: 70 reads of lists and details, 20 writes, 10 searches
 * and small exports. Every API request is answered the same way by the bare server.
 */
const MIX: readonly [number, (p: Pools) => MixRequest][] = [
  [
    20,
    (p) => ({ kind: 'incident list, filtered', method: 'GET', path: `/api/incidents?${incidentFilter(p)}` }),
  ],
  [15, (p) => ({ kind: 'incident detail', method: 'GET', path: `/api/incidents/${pick(p.incidents)}` })],
  [8, () => ({ kind: 'sites', method: 'GET', path: '/api/sites' })],
  [9, () => ({ kind: 'stock overview', method: 'GET', path: '/api/supplies/stock' })],
  [9, () => ({ kind: 'eviction list', method: 'GET', path: '/api/evictions' })],
  [9, () => ({ kind: 'cases (caseworker)', method: 'GET', path: '/api/cases?scope=mine', as: 'caseworker' })],
  [8, (p) => ({ kind: 'create incident', method: 'POST', path: '/api/incidents', body: newIncident(p) })],
  [
    8,
    (p) => ({
      kind: 'stock receipt',
      method: 'POST',
      path: '/api/supplies/receipts',
      idempotent: true,
      body: {
        locationId: pick(p.locations),
        source: 'donation',
        lines: [...new Set([pick(p.items), pick(p.items)])].map((itemId) => ({
          itemId,
          quantity: 1 + Math.floor(Math.random() * 40),
        })),
      },
    }),
  ],
  [
    4,
    (p) => ({
      kind: 'eviction log append',
      method: 'POST',
      path: `/api/evictions/${pick(p.evictions)}/log`,
      body: { observedAt: new Date().toISOString(), text: 'Bulldozer arrives; tents taken away.' },
    }),
  ],
  [4, () => ({ kind: 'search', method: 'GET', path: `/api/search?q=${encodeURIComponent(pick(WORDS))}` })],
  [
    3,
    () => ({
      kind: 'incident full text',
      method: 'GET',
      path: `/api/incidents?q=${pick(['gaz', 'tente', 'arrest'])}`,
    }),
  ],
  [
    3,
    () => ({
      kind: 'CSV export, one week',
      method: 'GET',
      path: `/api/incidents/export.csv?commune=${encodeURIComponent(pick(COMMUNES))}&${day(3500, 7)}`,
    }),
  ],
];

export function nextRequest(pools: Pools): MixRequest {
  let r = Math.random() * 100;
  for (const [weight, make] of MIX) {
    if ((r -= weight) < 0) return make(pools);
  }
  return MIX[0]![1](pools);
}

/** autocannon's request fields for one mix request, with the bearer token of the user it runs as. */
export function httpRequest(request: MixRequest, tokens: Record<Who, string>) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${tokens[request.as ?? 'coordinator']}`,
    // The bare server has no sessions: this tells it whose rules to apply (Vigil ignores it).
    'x-bench-as': request.as ?? 'coordinator',
  };
  if (request.body) headers['content-type'] = 'application/json';
  if (request.idempotent) headers['idempotency-key'] = randomUUID();
  return {
    method: request.method,
    path: request.path,
    headers,
    body: request.body ? JSON.stringify(request.body) : undefined,
  };
}
