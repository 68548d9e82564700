import { join } from 'node:path';
import { createDb } from '@vigil/db';
import { createSessionService } from '../../apps/api/src/features/sessions/session-service';
import { type KeyEnv, loadLocalSecrets, localKeyEnv } from '../../scripts/lib/local-secrets';
import { ROOT } from '../../scripts/lib/postgres';
import { BENCH_COORDINATOR_ID, caseworkerId, generateCasework } from '../casework/generate';
import { generateEvictions } from '../evictions/generate';
import { generateIncidents } from '../incidents/generate';
import { benchToken } from '../lib/bench-session';
import { generateSupplies } from '../supplies-generate';
import type { Who } from './mix';

/** Beside the incidents, enough of every other module for its lists to have pages to show. */
const EVICTIONS = 2_000;
const SUPPLIES = { items: 200, locations: 10, movements: 20_000 };
const CASEWORK = { people: 2_000, cases: 3_000, caseworkers: 10, lawyers: 2 };
/** Long enough for the default ten-minute run twice over (a session's last-seen moves once a minute anyway). */
export const SESSION_MINUTES = 24 * 60;

export interface Prepared {
  keys: KeyEnv;
  tokens: Record<Who, string>;
  users: Record<Who, string>;
  counts: { incidents: number; evictions: number; cases: number; items: number };
}

/**
 * Fills the incident benchmark's database (.data/bench) with `incidents` incidents (its generator:
 * tops up, kept between runs) and small sets of evictions, stock and casework from the other
 * benchmarks' generators, then mints a coordinator's and a caseworker's session.
 */
export async function prepare(
  url: string,
  incidents: number,
  log: (line: string) => void,
): Promise<Prepared> {
  const keys = localKeyEnv(loadLocalSecrets(join(ROOT, '.data', 'bench', 'secrets.json')));
  log(`Generating up to ${incidents.toLocaleString('en')} incidents…`);
  await generateIncidents(url, incidents, log);
  log('Evictions, stock and casework beside them…');
  await generateEvictions(url, EVICTIONS, log);
  await generateSupplies(url, SUPPLIES, log);
  await generateCasework(url, CASEWORK, keys, log);
  const db = createDb(url, { max: 2 });
  try {
    const sessions = createSessionService(db, {
      SESSION_IDLE_MINUTES: SESSION_MINUTES,
      SESSION_ABSOLUTE_HOURS: 24,
    });
    const mint = { db, services: { sessions } };
    const caseworker = await db.user.findUniqueOrThrow({ where: { id: caseworkerId(1) } });
    const coordinator = await db.user.findUniqueOrThrow({ where: { id: BENCH_COORDINATOR_ID } });
    const [counts] = await db.$queryRaw<Prepared['counts'][]>`
      SELECT (SELECT count(*)::int FROM incidents) AS incidents, (SELECT count(*)::int FROM evictions) AS evictions,
             (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM supply_items) AS items`;
    return {
      keys,
      tokens: {
        coordinator: await benchToken(mint, 'coordinator', coordinator.email),
        caseworker: await benchToken(mint, 'caseworker', caseworker.email),
      },
      users: { coordinator: coordinator.id, caseworker: caseworker.id },
      counts: counts!,
    };
  } finally {
    await db.$disconnect();
  }
}
