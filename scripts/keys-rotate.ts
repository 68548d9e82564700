/**
 * `npm run keys:rotate`: a new casework key (CASEWORK_KEY) wraps every casework data key, in one
 * transaction. Running API processes keep working (they hold the data keys unwrapped); restart them
 * with the key printed here. `-- --to <base64>` rotates to a key of your own instead of a new one.
 *
 * `-- --new-data-key` also adds a new data key (the old ones stay, to read) and re-seals every sealed
 * value still under an old one, in batches. History values (casework_changes) stay under their old
 * key: each is bound to the row it came from. API processes started before this cannot unwrap the new
 * data key until restarted with the new CASEWORK_KEY; to change the data key with no restart at all,
 * pass the current key: `-- --new-data-key --to <current CASEWORK_KEY>`.
 *
 * On the embedded setup of `npm start` (no DATABASE_URL), the new key is stored in .data/secrets.json,
 * with the old one as the previous key, before the database changes: either state starts.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { apiEnvSchema, loadApiEnv, parseEnv } from '@vigil/config';
import { createDb } from '@vigil/db';
import { resealUnderActiveKey } from '../apps/api/src/features/casework/key-rotation/reseal';
import { addDataKey, rewrapDataKeys } from '../apps/api/src/features/casework/key-rotation/rewrap-data-keys';
import { wrappingKey, wrappingKeysFromConfig } from '../apps/api/src/features/casework/vault/data-keys';
import { CaseworkVault } from '../apps/api/src/features/casework/vault/vault';
import { resolveDatabaseUrl } from './lib/database-url';
import { commandKeyEnv, loadLocalSecrets, saveLocalSecrets } from './lib/local-secrets';
import { ROOT } from './lib/postgres';

const out = (line: string) => process.stdout.write(`${line}\n`);

function targetKey(): string {
  const at = process.argv.indexOf('--to');
  if (at === -1) return randomBytes(32).toString('base64');
  return parseEnv(apiEnvSchema.pick({ CASEWORK_KEY: true }), { CASEWORK_KEY: process.argv[at + 1] ?? '' })
    .CASEWORK_KEY!;
}

async function main() {
  const url = await resolveDatabaseUrl();
  const embedded = !process.env.DATABASE_URL;
  const env = loadApiEnv({ ...commandKeyEnv(join(ROOT, '.data')), DATABASE_URL: url });
  const from = wrappingKeysFromConfig(env);
  const next = targetKey();
  const to = wrappingKey(Buffer.from(next, 'base64'));
  const previous = from.current.key.toString('base64');

  if (embedded) {
    const file = join(ROOT, '.data', 'secrets.json');
    saveLocalSecrets(file, { ...loadLocalSecrets(file), caseworkKey: next, caseworkKeyPrevious: previous });
  }
  const db = createDb(url, { max: 2 });
  try {
    const rewrapped = await rewrapDataKeys(db, from, to);
    out(`Re-wrapped ${rewrapped} casework data key(s) under the new casework key (id ${to.id}).`);
    if (process.argv.includes('--new-data-key')) {
      const id = await addDataKey(db, to);
      const vault = new CaseworkVault(db, { current: to, previous: null });
      await vault.load();
      const counts = await resealUnderActiveKey(db, vault, {
        onBatch: (table, done) => process.stderr.write(`  ${table}: ${done} values re-sealed\r`),
      });
      const summary = Object.entries(counts).map(([table, n]) => `${table} ${n}`);
      out(`\nNew data key ${id} is active; values re-sealed: ${summary.join(', ') || 'none'}.`);
      out('History values (casework_changes) stay under the older data keys, which are kept to read them.');
    }
  } finally {
    await db.$disconnect();
  }
  out('');
  out(
    embedded
      ? 'Stored in .data/secrets.json; `npm start` uses it from now on. For the record:'
      : 'Set, wherever the API and the commands run (.env or the service environment):',
  );
  out(`  CASEWORK_KEY=${next}`);
  out(`  CASEWORK_KEY_PREVIOUS=${previous}`);
  out('Running API processes keep working; restart them with the new key. Once all have restarted,');
  out('CASEWORK_KEY_PREVIOUS can go. Keep a copy of the new key apart from the database backups.');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
