import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApiEnv } from '@vigil/config';
import pg from 'pg';
import { buildApp } from '../../app';
import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { verifyAuditChain } from '../audit/audit-chain';
import { seedCase, seedPerson } from '../casework/casework-fixtures';
import { allowDocuments, pdfOf } from '../casework/documents/document-fixtures';
import { createIncident, filesUnder, makeJpeg, tempEvidenceDir } from '../evidence/evidence-fixtures';
import { LocalStorage } from '../evidence/storage/local-storage';
import { createLocation, itemIds, receive } from '../supplies/supplies-fixtures';
import { passphraseFrom } from './backup-cipher';
import { restoreBackup } from './backup-restore';
import { publicTables } from './backup-schema';
import { writeBackup } from './backup-write';

const PASSPHRASE = 'long enough backup passphrase';
const KEYS = {
  MASTER_KEY: randomBytes(32).toString('base64'),
  CASEWORK_KEY: randomBytes(32).toString('base64'),
};

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Rows per table of the public schema. */
function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of await publicTables(client)) {
      const result = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM public.${client.escapeIdentifier(table)}`,
      );
      counts[table] = result.rows[0]?.n ?? -1;
    }
    return counts;
  });
}

async function sha256Of(dir: string, key: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(join(dir, key)))
    .digest('hex');
}

describe('backup and restore', () => {
  let source: TestApp;
  let work: string;
  let sourceDir: string;
  let targetDir: string;
  let targetUrl: string;
  let personId: string;
  const file = () => join(work, 'instance.vigil-backup');
  const restoreInto = (backupFile: string, passphrase = PASSPHRASE) =>
    restoreBackup({
      databaseUrl: targetUrl,
      storage: new LocalStorage(targetDir),
      file: backupFile,
      passphrase,
    });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'vigil-backup-'));
    sourceDir = await tempEvidenceDir();
    targetDir = await tempEvidenceDir();
    source = await buildTestApp({ ...KEYS, EVIDENCE_DIR: sourceDir, RATE_LIMIT_PER_MINUTE: '100000' });
    const { app } = source;
    const coordinator = await signedIn(app, 'coordinator');
    const volunteer = await signedIn(app, 'volunteer');
    const incident = await createIncident(app, coordinator.user.id);
    const upload = await api(app, coordinator.token)
      .post(`/api/incidents/${incident.id}/files`)
      .attach('file', await makeJpeg({ gps: true }), 'photo.jpg');
    expect(upload.status).toBe(200);
    const items = await itemIds(app);
    const itemId = Object.values(items)[0] ?? '';
    await receive(app, volunteer.token, await createLocation(app), [{ itemId, quantity: 12 }]);
    const person = await seedPerson(app, { createdById: coordinator.user.id, legalName: 'Samir Haddad' });
    personId = person.id;
    const kase = await seedCase(app, {
      personId,
      createdById: coordinator.user.id,
      summary: 'Asylum appeal',
    });
    await allowDocuments(app, personId, coordinator.user.id);
    const document = await api(app, coordinator.token)
      .post(`/api/cases/${kase.id}/documents`)
      .attach('file', pdfOf(5_000), 'refus.pdf');
    expect(document.status).toBe(200);
    // An empty instance to restore into: the migrated template, no users.
    const name = `vigil_test_restore_${randomBytes(6).toString('hex')}`;
    await withClient(process.env.VIGIL_TEST_ADMIN_URL ?? '', (client) =>
      client.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env.VIGIL_TEST_TEMPLATE}"`),
    );
    const url = new URL(process.env.VIGIL_TEST_ADMIN_URL ?? '');
    url.pathname = `/${name}`;
    targetUrl = url.toString();
  });

  afterAll(async () => {
    await source.close();
    await withClient(process.env.VIGIL_TEST_ADMIN_URL ?? '', (client) =>
      client.query(`DROP DATABASE IF EXISTS "${new URL(targetUrl).pathname.slice(1)}" WITH (FORCE)`),
    );
    await Promise.all([work, sourceDir, targetDir].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('refuses to run without a passphrase', () => {
    expect(() => passphraseFrom({}, true)).toThrow(/BACKUP_PASSPHRASE is required/);
    expect(() => passphraseFrom({ BACKUP_PASSPHRASE: 'short' }, true)).toThrow(/at least 12/);
  });

  it('writes one encrypted file with a manifest of every table and blob', async () => {
    const manifest = await writeBackup({
      databaseUrl: source.databaseUrl,
      storage: source.app.storage,
      file: file(),
      passphrase: PASSPHRASE,
      scryptLogN: 14,
    });
    expect(manifest.blobs.map((blob) => blob.key.split('/')[0]).sort()).toEqual([
      'casework',
      'originals',
      'working-copies',
    ]);
    for (const blob of manifest.blobs) expect(blob.sha256).toBe(await sha256Of(sourceDir, blob.key));
    expect(manifest.tables.find((table) => table.name === '_prisma_migrations')?.rows).toBeGreaterThan(0);
    expect(manifest.tables.find((table) => table.name === 'audit_events')?.rows).toBeGreaterThan(0);
    const bytes = await readFile(file());
    // Encrypted: neither the legal name's casework document nor any table name is readable.
    expect(bytes.includes('Passport of Samir')).toBe(false);
    expect(bytes.includes('audit_events')).toBe(false);
  });

  it('refuses a wrong passphrase and a tampered file, writing nothing', async () => {
    await expect(restoreInto(file(), 'not the passphrase at all')).rejects.toThrow(/Wrong BACKUP_PASSPHRASE/);
    const tampered = join(work, 'tampered.vigil-backup');
    const bytes = await readFile(file());
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    await writeFile(tampered, bytes);
    await expect(restoreInto(tampered)).rejects.toThrow(/damaged, truncated or was tampered with/);
    expect((await rowCounts(targetUrl)).users).toBe(0);
    expect(await filesUnder(targetDir)).toEqual([]);
  });

  it('restores an empty instance: same rows, same files, intact audit chain, sealed fields readable', async () => {
    const summary = await restoreInto(file());
    expect(summary.blobs).toBe(3);
    expect(await rowCounts(targetUrl)).toEqual(await rowCounts(source.databaseUrl));
    for (const key of await filesUnder(sourceDir)) {
      expect(await sha256Of(targetDir, key)).toBe(await sha256Of(sourceDir, key));
    }
    const env = loadApiEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: targetUrl,
      EVIDENCE_DIR: targetDir,
      ...KEYS,
    });
    const restored = await buildApp({ env });
    try {
      await restored.ready();
      const chain = await verifyAuditChain(restored.db);
      expect(chain.broken).toBeNull();
      expect(chain).toEqual(await verifyAuditChain(source.app.db));
      const person = await restored.db.person.findUniqueOrThrow({ where: { id: personId } });
      const name = await restored.vault.open(
        { table: 'people', id: personId, field: 'legalName' },
        person.legalNameEnc ?? '',
      );
      expect(name).toBe('Samir Haddad');
      // The restored sequences continue after the restored rows.
      const next = await restored.db.$queryRaw<{ n: bigint }[]>`SELECT nextval('case_reference_seq') AS n`;
      const before = await source.app.db.$queryRaw<
        { n: bigint }[]
      >`SELECT last_value AS n FROM case_reference_seq`;
      expect(next[0]?.n).toBeGreaterThanOrEqual(before[0]?.n ?? 0n);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore over an instance that has users', async () => {
    await expect(restoreInto(file())).rejects.toThrow(/already has users/);
  });
});
