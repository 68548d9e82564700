/**
 * Prisma CLI configuration. Prisma 6.19 runs migrations offline through its WASM schema engine and
 * a driver adapter ("js" engine); nothing is downloaded. Three rough edges of that early-access path
 * are smoothed here, for the CLI only (the runtime client in packages/db does not use this file).
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { defineConfig } from 'prisma/config';

// The schema engine reads catalog columns of the internal types "char" (18) and name (19), which the
// adapter cannot deserialize. Both are plain text, so report them as text (25).
const CATALOG_TEXT_OIDS = new Set([18, 19]);

function asText(result: unknown): unknown {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = 25;
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // pg's query() has many overloads (promise and callback forms); both are forwarded unchanged.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: unknown) => last(err, err ? res : asText(res));
    }
    const out = (super.query as (...a: unknown[]) => unknown).apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === 'function') {
      return (out as Promise<unknown>).then(asText) as never;
    }
    return out as never;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;

// The adapter splits scripts on every ";", which breaks function bodies in migrations. PostgreSQL's
// simple query protocol runs a multi-statement script as one implicit transaction, as the stock
// schema engine does.
function wholeScripts(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

// The stock shadow-database release drops the database while its own pool still holds a connection.
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url, Client: CatalogTextClient });
  }

  override async connect() {
    return wholeScripts(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, '')}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new MigrationAdapterFactory(withDatabase(this.url, database)).connect();
    const release = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await release();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}

// `prisma generate` needs no database, but Prisma 6.19 reads env("DATABASE_URL") from the schema and,
// when it is unset, falls back to downloading the classic engine. A placeholder keeps it offline;
// commands that do touch a database go through the adapter below, which insists on the real URL.
const databaseUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL ??= 'postgresql://unset.invalid/unset';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    const url = databaseUrl;
    if (!url) throw new Error('DATABASE_URL is not set: the Prisma CLI needs a database to migrate.');
    return new MigrationAdapterFactory(url);
  },
});
