import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadLocalSecrets } from './local-secrets';
import { ROOT, startEmbeddedPostgres } from './postgres';

/**
 * The database the operational commands work on: DATABASE_URL (from the environment or .env), or the
 * embedded cluster of `npm start` under .data/, which is started for the command if it is not running.
 */
export async function resolveDatabaseUrl(): Promise<string> {
  if (existsSync(join(ROOT, '.env'))) process.loadEnvFile(join(ROOT, '.env'));
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dataDir = join(ROOT, '.data');
  if (!existsSync(join(dataDir, 'postgres', 'PG_VERSION'))) {
    throw new Error('No DATABASE_URL and no embedded database yet: run `npm start` once, or set DATABASE_URL.');
  }
  const secrets = loadLocalSecrets(join(dataDir, 'secrets.json'));
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const url = `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/vigil`;
  if (await reachable(url)) return url;
  const cluster = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'postgres'),
    port,
    password: secrets.postgresPassword,
    persistent: true,
  });
  process.once('beforeExit', () => void cluster.stop());
  return url;
}

async function reachable(url: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
