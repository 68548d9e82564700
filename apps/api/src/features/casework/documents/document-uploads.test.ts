import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { api } from '../../../test/fixtures';
import type { TestApp } from '../../../test/test-app';
import { filesUnder } from '../../evidence/evidence-fixtures';
import { EVIDENCE_UPLOADS, sweepOrphans } from '../../evidence/orphan-sweep';
import { pdfOf } from './document-fixtures';
import { type DocumentsTestApp, binary, documentsTestApp, slowUpload, until } from './document-app-fixtures';
import { CASE_DOCUMENT_UPLOADS } from './documents-repository';

/** createDb's default pool size, which the test app keeps. */
const POOL_SIZE = 10;

/** Uploads in flight: staged sealed outside storage, stored under a lock, never holding a connection. */
describe('case document uploads in flight', () => {
  const ctx = documentsTestApp();
  let t: TestApp;
  let dir: string;
  let team: DocumentsTestApp['team'];
  let caseId: string;
  beforeAll(() => ({ t, dir, team, caseId } = ctx()));

  const download = (documentId: string) =>
    api(t.app, team.caseworker.token)
      .get(`/api/cases/${caseId}/documents/${documentId}/content`)
      .buffer(true)
      .parse(binary);
  const staged = async () => (await filesUnder(dir)).filter((f) => f.startsWith('.incoming/'));
  const stored = async () => (await filesUnder(dir)).filter((f) => f.startsWith('casework/'));
  const sweep = () => sweepOrphans(t.app.db, t.app.storage, [EVIDENCE_UPLOADS, CASE_DOCUMENT_UPLOADS]);

  it('leaves nothing on disk or in the database when the client goes away mid-file', async () => {
    const before = { onDisk: await filesUnder(dir), rows: await t.app.db.caseDocument.count() };
    const pdf = pdfOf(250_000);
    const slow = slowUpload(ctx(), pdf, 150_000);
    // The type is known and ciphertext is being staged: now the connection drops.
    await until(async () => (await staged()).length === 1, 'the staged blob');
    slow.abort();
    await until(async () => (await staged()).length === 0, 'the staged blob to go');
    expect(await filesUnder(dir)).toEqual(before.onDisk);
    expect(await t.app.db.caseDocument.count()).toBe(before.rows);
  });

  it('stages a slow upload sealed and outside storage, then stores it under its upload lock', async () => {
    const before = await filesUnder(dir);
    const pdf = pdfOf(200_000);
    const slow = slowUpload(ctx(), pdf, 150_000);
    await until(async () => (await staged()).length === 1, 'the staged blob');
    // While the client sends, only the staging folder holds the upload, and only sealed.
    const [stagedPath] = await staged();
    await until(async () => (await stat(join(dir, stagedPath!))).size > 100_000, 'staged bytes');
    const blob = await readFile(join(dir, stagedPath!));
    expect(blob.subarray(0, 4).toString()).toBe('VCD1');
    expect(blob.includes(Buffer.from('Samir'))).toBe(false);
    expect(await stored()).toEqual(before.filter((f) => f.startsWith('casework/')));
    expect((await sweep()).removed).toEqual([]);

    // Hold the store phase once the blob is in storage, before its row commits: a restart's sweep now
    // (another instance's) finds a blob without a row, but its upload's lock is held.
    const put = t.app.storage.put.bind(t.app.storage);
    let inStorage!: () => void;
    const reached = new Promise<void>((resolve) => (inStorage = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const spy = jest.spyOn(t.app.storage, 'put').mockImplementation(async (key, body) => {
      await put(key, body);
      inStorage();
      await held;
    });
    try {
      slow.finish();
      await reached;
      expect((await sweep()).removed).toEqual([]);
      release();
      const res = await slow.answered;
      expect(res.status).toBe(200);
      const { id } = JSON.parse(res.body).document as { id: string };
      expect((await sweep()).removed).toEqual([]);
      expect((await filesUnder(dir)).sort()).toEqual([...before, `casework/${id}`].sort());
      const back = await download(id);
      expect(Buffer.compare(back.body as Buffer, pdf)).toBe(0);
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it('holds no database connection while clients send: stalled uploads beyond the pool leave the API answering', async () => {
    const before = await filesUnder(dir);
    const pdf = pdfOf(200_000);
    const uploads = Array.from({ length: POOL_SIZE + 2 }, () => slowUpload(ctx(), pdf, 150_000));
    try {
      await until(async () => (await staged()).length === uploads.length, 'every upload staging');
      const started = Date.now();
      const list = await api(t.app, team.lawyer.token).get(`/api/cases/${caseId}/documents`);
      expect(list.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_000);
      const ready = await api(t.app).get('/readyz');
      expect(ready.status).toBe(200);

      for (const upload of uploads) upload.finish();
      const answers = await Promise.all(uploads.map((upload) => upload.answered));
      expect(answers.map((answer) => answer.status)).toEqual(uploads.map(() => 200));
      expect(await staged()).toEqual([]);
      expect((await filesUnder(dir)).length).toBe(before.length + uploads.length);
    } finally {
      // A failure must not leave requests open (the app would not close).
      for (const upload of uploads) upload.abort();
    }
  });
});
