/**
 * The database server for the test run. With TEST_DATABASE_URL it uses that server; otherwise it
 * starts an embedded PostgreSQL in a temporary folder. Either way it migrates a template database
 * that each test file clones (fast and isolated), prints one JSON line, and cleans up on SIGTERM.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, dropDatabase, migrate, startEmbeddedPostgres, withDatabase } from './lib/postgres';

async function main() {
  const template = `vigil_template_${process.pid}`;
  const external = process.env.TEST_DATABASE_URL;
  let adminUrl: string;
  let stop = async () => {};
  if (external) {
    adminUrl = external;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-test-pg-'));
    const port = 55_000 + (process.pid % 5_000);
    const cluster = await startEmbeddedPostgres({ dataDir, port, password: 'test', persistent: false });
    adminUrl = cluster.adminUrl;
    stop = async () => {
      await cluster.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await dropDatabase(adminUrl, template);
  await createDatabase(adminUrl, template);
  await migrate(withDatabase(adminUrl, template));
  process.stdout.write(`${JSON.stringify({ adminUrl, template })}\n`);

  const shutdown = async () => {
    await dropDatabase(adminUrl, template).catch(() => undefined);
    await stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
  // If the test runner dies without telling us, do not leave a server behind.
  process.stdin.on('end', () => void shutdown());
  process.stdin.resume();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
