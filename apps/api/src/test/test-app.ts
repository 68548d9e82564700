import { randomBytes } from 'node:crypto';
import { loadApiEnv } from '@vigil/config';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app';

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.VIGIL_TEST_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestApp {
  app: FastifyInstance;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real app on a fresh database cloned from the migrated template: every test file gets its own,
 * so files run in parallel without seeing each other's rows.
 */
export async function buildTestApp(
  overrides: Record<string, string> = {},
  logStream?: NodeJS.WritableStream,
): Promise<TestApp> {
  const adminUrl = process.env.VIGIL_TEST_ADMIN_URL;
  const template = process.env.VIGIL_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('The test database is not running (see jest/database-setup.ts)');
  const name = `vigil_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const env = loadApiEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url.toString(),
    MASTER_KEY: randomBytes(32).toString('base64'),
    ...overrides,
  });
  const app = await buildApp({ env, logStream });
  await app.ready();
  return {
    app,
    databaseUrl: url.toString(),
    async close() {
      await app.close();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
