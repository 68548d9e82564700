import { join } from 'node:path';
import { seedDemo } from '../../../prisma/seed';
import { type KeyEnv, loadLocalSecrets, localKeyEnv } from '../../../scripts/lib/local-secrets';
import {
  type EmbeddedCluster,
  ROOT,
  createDatabase,
  databaseExists,
  migrate,
  pendingMigrations,
  startEmbeddedPostgres,
  withDatabase,
} from '../../../scripts/lib/postgres';

/** Everything the fault scenarios keep: the embedded cluster, its secrets and the evidence folder. */
export const DATA_DIR = join(ROOT, '.data', 'faults');
const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 54371);
const DATABASE = 'vigil_faults';

export interface FaultsDatabase {
  url: string;
  keys: KeyEnv;
  /** A fast shutdown (SIGINT to the postmaster, as `pg_ctl stop -m fast`): running queries are cut. */
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The scenarios' own PostgreSQL (embedded, .data/faults, port 54371), migrated and seeded with the
 * demo data once (users, sites, incidents, evictions, supplies); later runs keep and extend it.
 */
export async function faultsDatabase(log: (line: string) => void): Promise<FaultsDatabase> {
  const secrets = loadLocalSecrets(join(DATA_DIR, 'secrets.json'));
  const keys = localKeyEnv(secrets, {});
  const options = {
    dataDir: join(DATA_DIR, 'postgres'),
    port: PG_PORT,
    password: secrets.postgresPassword,
    persistent: true,
  };
  let cluster: EmbeddedCluster | null = await startEmbeddedPostgres(options);
  const stop = async () => {
    const running = cluster;
    cluster = null;
    await running?.stop();
  };
  try {
    if (!(await databaseExists(cluster.adminUrl, DATABASE))) await createDatabase(cluster.adminUrl, DATABASE);
    const url = withDatabase(cluster.adminUrl, DATABASE);
    if ((await pendingMigrations(url)).length) await migrate(url);
    const started = Date.now();
    if (await seedDemo(url, keys))
      log(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return {
      url,
      keys,
      stopPostgres: stop,
      async startPostgres() {
        cluster = await startEmbeddedPostgres(options);
      },
      close: stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
