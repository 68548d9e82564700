import { join } from 'node:path';
import { isSeeded, seedDemo } from '../../prisma/seed';
import { createDb } from '@vigil/db';
import { loadLocalSecrets, localKeyEnv } from './local-secrets';
import {
  type EmbeddedCluster,
  ROOT,
  createDatabase,
  databaseExists,
  migrate,
  pendingMigrations,
  startEmbeddedPostgres,
} from './postgres';
import { type Managed, startProcess, stopProcess, waitForUrl } from './processes';

export interface StackOptions {
  /** Hot reload (tsx watch, next dev) instead of the production build. */
  dev: boolean;
  /** Seed demo data: true, false, or undefined for "only on the embedded database". */
  demo?: boolean;
  /** Where the embedded cluster and its secrets live. */
  dataDir: string;
  apiPort: number;
  webPort: number;
  pgPort: number;
  /** A PostgreSQL to use instead of the embedded one. */
  databaseUrl?: string;
  quiet?: boolean;
  log: (line: string) => void;
}

export interface Stack {
  apiUrl: string;
  webUrl: string;
  databaseUrl: string;
  embedded: boolean;
  seeded: boolean;
  stop(): Promise<void>;
}

/** Database, migrations, demo data, API and dashboard, in that order; stop() undoes all of it. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const secrets = loadLocalSecrets(join(options.dataDir, 'secrets.json'));
  // The seed seals casework data with the same keys the API will open it with. A database of your
  // own takes its casework key from the environment only (derived from MASTER_KEY when unset).
  const keys = localKeyEnv(options.databaseUrl ? { masterKey: secrets.masterKey } : secrets);
  let cluster: EmbeddedCluster | undefined;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    options.log(`Starting the embedded PostgreSQL (data in ${options.dataDir}/postgres)…`);
    cluster = await startEmbeddedPostgres({
      dataDir: join(options.dataDir, 'postgres'),
      port: options.pgPort,
      password: secrets.postgresPassword,
      persistent: true,
    });
    if (!(await databaseExists(cluster.adminUrl, 'vigil'))) await createDatabase(cluster.adminUrl, 'vigil');
    databaseUrl = cluster.urlFor('vigil');
  }
  const children: Managed[] = [];
  const stop = async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await cluster?.stop();
  };
  try {
    // The Prisma CLI takes seconds to start; skip it when there is nothing to apply.
    const pending = await pendingMigrations(databaseUrl);
    if (pending.length > 0) {
      options.log(`Applying ${pending.length} migration(s)…`);
      await migrate(databaseUrl);
    }
    const wantDemo = options.demo ?? cluster !== undefined;
    let seeded = false;
    if (wantDemo) {
      seeded = await seedDemo(databaseUrl, keys);
      options.log(seeded ? 'Demo data created.' : 'Demo data already present: kept as it is.');
    } else {
      const db = createDb(databaseUrl, { max: 1 });
      seeded = await isSeeded(db).finally(() => db.$disconnect());
    }

    const apiUrl = `http://127.0.0.1:${options.apiPort}`;
    const webUrl = `http://localhost:${options.webPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: options.dev ? 'development' : 'production',
      // A local run keeps the console readable; deployments set their own level.
      LOG_LEVEL: process.env.LOG_LEVEL ?? (options.dev ? 'info' : 'warn'),
      DATABASE_URL: databaseUrl,
      ...keys,
      API_PORT: String(options.apiPort),
      WEB_ORIGIN: process.env.WEB_ORIGIN ?? webUrl,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? webUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secrets.nextAuthSecret,
      API_INTERNAL_URL: apiUrl,
      // The dashboard runs on this machine and forwards the browser's address at sign-in.
      TRUST_PROXY: process.env.TRUST_PROXY ?? '127.0.0.1,::1',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
    const web = join(ROOT, 'apps/web');
    const api = options.dev
      ? startProcess('api', bin('tsx'), ['watch', 'apps/api/src/server.ts'], { cwd: ROOT, env, quiet: options.quiet })
      : startProcess('api', process.execPath, ['apps/api/dist/server.js'], { cwd: ROOT, env, quiet: options.quiet });
    children.push(api);
    const nextArgs = options.dev ? ['dev', '-p', String(options.webPort)] : ['start', '-p', String(options.webPort)];
    const dashboard = startProcess('web', bin('next'), nextArgs, { cwd: web, env, quiet: options.quiet });
    children.push(dashboard);
    await waitForUrl(`${apiUrl}/readyz`, 60_000, api);
    await waitForUrl(`${webUrl}/login`, options.dev ? 180_000 : 60_000, dashboard);
    return { apiUrl, webUrl, databaseUrl, embedded: cluster !== undefined, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
