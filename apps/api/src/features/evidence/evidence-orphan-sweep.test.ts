import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { CASE_DOCUMENT_UPLOADS } from '../casework/documents/documents-repository';
import { allowDocuments, pdfOf } from '../casework/documents/document-fixtures';
import { caseOf, caseTeam } from '../casework/deadlines/task-fixtures';
import { createIncident, filesUnder, makeJpeg, tempEvidenceDir, uploadTestApp } from './evidence-fixtures';
import { EVIDENCE_UPLOADS, sweepOrphans } from './orphan-sweep';

/** What the API sweeps at startup: evidence files and casework documents share the storage. */
const STORES = [EVIDENCE_UPLOADS, CASE_DOCUMENT_UPLOADS];

/**
 * What a process killed in the middle of uploads leaves behind: stored files no row names, and partial
 * files of interrupted writes. The sweep removes them, and only them: never a committed file, never
 * the file of an upload still running (it holds the upload lock), never a file that is not evidence.
 */
async function leave(dir: string, key: string) {
  await mkdir(join(dir, key, '..'), { recursive: true });
  await writeFile(join(dir, key), 'bytes of an upload that never committed');
}

/** Another process's upload between storing its bytes and committing: it holds the upload lock. */
async function holdUploadLock(databaseUrl: string, lock: string, id: string) {
  const other = new pg.Client({ connectionString: databaseUrl });
  await other.connect();
  await other.query('BEGIN');
  await other.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [lock, id]);
  return other;
}

describe('evidence orphan sweep', () => {
  let t: TestApp;
  let dir: string;
  let close: () => Promise<void>;
  let committed: string[];

  beforeAll(async () => {
    ({ t, dir, close } = await uploadTestApp());
    const observer = await signedIn(t.app, 'legal_observer');
    const incident = await createIncident(t.app, observer.user.id);
    const res = await api(t.app, observer.token)
      .post(`/api/incidents/${incident.id}/files`)
      .attach('file', await makeJpeg(), 'photo.jpg');
    expect(res.status).toBe(200);
    committed = await filesUnder(dir);
    expect(committed).toHaveLength(2); // the original and its working copy
  });
  afterAll(() => close());

  it('removes stored files without a row and partial writes, keeping committed and foreign files', async () => {
    const dead = randomUUID();
    const orphans = [
      `originals/${dead}`,
      `working-copies/${dead}.jpg`,
      `originals/${randomUUID()}.partial-0a1b`,
    ];
    for (const key of [...orphans, 'originals/NOTES.txt']) await leave(dir, key);

    const { checked, removed } = await sweepOrphans(t.app.db, t.app.storage, STORES);
    expect(checked).toBe(6);
    expect(removed.sort()).toEqual([...orphans].sort());
    expect((await filesUnder(dir)).sort()).toEqual([...committed, 'originals/NOTES.txt'].sort());
    await rm(join(dir, 'originals/NOTES.txt'));
  });

  it('keeps the file of an upload still running until its transaction is over', async () => {
    const running = randomUUID();
    await leave(dir, `originals/${running}`);
    const other = await holdUploadLock(t.databaseUrl, 'vigil:evidence-upload', running);
    try {
      expect((await sweepOrphans(t.app.db, t.app.storage, STORES)).removed).toEqual([]);
      // Its process dies: the connection goes, the lock with it, and the rows never came.
      await other.end();
      expect((await sweepOrphans(t.app.db, t.app.storage, STORES)).removed).toEqual([`originals/${running}`]);
    } finally {
      await other.end().catch(() => undefined);
    }
    expect((await filesUnder(dir)).sort()).toEqual([...committed].sort());
  });

  it('runs when the API starts', async () => {
    const fresh = await tempEvidenceDir();
    await leave(fresh, `originals/${randomUUID()}`);
    await leave(fresh, `originals/${randomUUID()}.partial-ff00`);
    await leave(fresh, `casework/${randomUUID()}`);
    const started = await buildTestApp({ EVIDENCE_DIR: fresh });
    try {
      expect(await filesUnder(fresh)).toEqual([]);
    } finally {
      await started.close();
      await rm(fresh, { recursive: true, force: true });
    }
  });
});

/** Casework documents are stored (sealed) beside the evidence, under `casework/<document id>`. */
describe('orphan sweep of casework documents', () => {
  let t: TestApp;
  let dir: string;
  let close: () => Promise<void>;
  let committed: string[];

  beforeAll(async () => {
    ({ t, dir, close } = await uploadTestApp());
    const team = await caseTeam(t.app);
    const { id: caseId, personId } = await caseOf(t.app, team);
    await allowDocuments(t.app, personId, team.coordinator.user.id);
    const res = await api(t.app, team.caseworker.token)
      .post(`/api/cases/${caseId}/documents`)
      .attach('file', pdfOf(2_000), 'a.pdf');
    expect(res.status).toBe(200);
    committed = await filesUnder(dir);
    expect(committed).toEqual([`casework/${res.body.document.id}`]);
  });
  afterAll(() => close());

  it('removes a stored document no row names and keeps the one its row names', async () => {
    const orphans = [`casework/${randomUUID()}`, `casework/${randomUUID()}.partial-0a1b`];
    for (const key of orphans) await leave(dir, key);
    const { checked, removed } = await sweepOrphans(t.app.db, t.app.storage, STORES);
    expect(checked).toBe(3);
    expect(removed.sort()).toEqual([...orphans].sort());
    expect(await filesUnder(dir)).toEqual(committed);
  });

  it("keeps a document whose upload holds its lock, and only that kind's lock", async () => {
    const running = randomUUID();
    await leave(dir, `casework/${running}`);
    // The evidence lock on the same id does not hold a document: each kind has its own namespace.
    const evidence = await holdUploadLock(t.databaseUrl, 'vigil:evidence-upload', running);
    const other = await holdUploadLock(t.databaseUrl, 'vigil:case-document-upload', running);
    try {
      expect((await sweepOrphans(t.app.db, t.app.storage, STORES)).removed).toEqual([]);
      await other.end();
      expect((await sweepOrphans(t.app.db, t.app.storage, STORES)).removed).toEqual([`casework/${running}`]);
    } finally {
      await other.end().catch(() => undefined);
      await evidence.end();
    }
    expect(await filesUnder(dir)).toEqual(committed);
  });
});
