/**
 * The whole stack for the browser tests: a fresh database (embedded, or a new one on the server of
 * TEST_DATABASE_URL), demo data, the built API and dashboard on test ports. Prints one JSON line
 * when ready and tears everything down on SIGTERM or when its parent goes away.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, dropDatabase, withDatabase } from './lib/postgres';
import { startStack } from './lib/stack';

async function main() {
  // Every browser signs in from 127.0.0.1, so the test files together would exceed the per-address
  // sign-in ceiling meant for one person; the ceiling itself is covered by the API's tests.
  process.env.LOGIN_RATE_LIMIT_PER_MINUTE ??= '600';
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  const external = process.env.TEST_DATABASE_URL;
  const database = `vigil_e2e_${process.pid}`;
  if (external) await createDatabase(external, database);
  const stack = await startStack({
    dev: false,
    demo: true,
    dataDir,
    apiPort: Number(process.env.E2E_API_PORT ?? 4100),
    webPort: Number(process.env.E2E_WEB_PORT ?? 3100),
    pgPort: 56_000 + (process.pid % 4_000),
    databaseUrl: external ? withDatabase(external, database) : undefined,
    quiet: !process.env.E2E_VERBOSE,
    log: (line) => process.stderr.write(`[e2e-stack] ${line}\n`),
  });
  process.stdout.write(`${JSON.stringify({ webUrl: stack.webUrl, apiUrl: stack.apiUrl })}\n`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    if (external) await dropDatabase(external, database).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
  process.stdin.on('end', () => void shutdown());
  process.stdin.resume();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
