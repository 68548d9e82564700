import { createHash, randomBytes } from 'node:crypto';
import { chmod, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { api } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { filesUnder, makeJpeg, tempEvidenceDir } from '../../evidence/evidence-fixtures';
import { EVIDENCE_UPLOADS, sweepOrphans } from '../../evidence/orphan-sweep';
import { type SignedIn, auditOf, caseOf, caseTeam } from '../deadlines/task-fixtures';
import { allowDocuments, pdfOf } from './document-fixtures';
import { CASE_DOCUMENT_UPLOADS } from './documents-repository';

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** createDb's default pool size, which the test app keeps. */
const POOL_SIZE = 10;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Collects a binary answer whole (supertest buffers only text and JSON by default). */
function binary(res: Response, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  let settled = false;
  const settle = (err: Error | null) => {
    if (!settled) done(err, Buffer.concat(chunks));
    settled = true;
  };
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => settle(null));
  res.on('error', settle);
}

describe('case documents', () => {
  let t: TestApp;
  let dir: string;
  let team: Awaited<ReturnType<typeof caseTeam>>;
  let caseId: string;
  let personId: string;
  let base: string;

  beforeAll(async () => {
    dir = await tempEvidenceDir();
    t = await buildTestApp({
      EVIDENCE_DIR: dir,
      EVIDENCE_MAX_BYTES: String(256 * 1024),
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    team = await caseTeam(t.app);
    ({ id: caseId, personId } = await caseOf(t.app, team));
    await allowDocuments(t.app, personId, team.coordinator.user.id);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const as = (who: SignedIn) => api(t.app, who.token);
  const upload = (who: SignedIn, id = caseId) => as(who).post(`/api/cases/${id}/documents`);
  const download = (who: SignedIn, documentId: string, id = caseId) =>
    as(who).get(`/api/cases/${id}/documents/${documentId}/content`).buffer(true).parse(binary);

  it('stores a document encrypted and gives back the same bytes', async () => {
    const pdf = pdfOf(150_000);
    const res = await upload(team.caseworker)
      .field('title', 'OFPRA refusal, Samir K.')
      .attach('file', pdf, 'refus.pdf');
    expect(res.status).toBe(200);
    const document = res.body.document;
    expect(document).toMatchObject({
      title: 'OFPRA refusal, Samir K.',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      uploadedBy: { id: team.caseworker.user.id },
    });

    const row = await t.app.db.caseDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(row.storageKey).toBe(`casework/${document.id}`);
    expect(row.titleEnc.startsWith('c1.')).toBe(true);
    expect(row.fileKeyEnc.startsWith('c1.')).toBe(true);
    const blob = await readFile(join(dir, row.storageKey));
    expect(blob.subarray(0, 4).toString()).toBe('VCD1');
    expect(blob.length).toBe(pdf.length + 16 + 16);
    expect(blob.includes(Buffer.from('Samir'))).toBe(false);
    expect(blob.includes(pdf.subarray(0, 64))).toBe(false);

    const back = await download(team.lawyer, document.id);
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.headers['content-disposition']).toBe(
      `attachment; filename="document-${document.id.slice(0, 8)}.pdf"`,
    );
    expect(back.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(back.body as Buffer, pdf)).toBe(0);
    expect(sha256(back.body as Buffer)).toBe(document.sha256);

    const photo = await makeJpeg();
    const second = await upload(team.lawyer).attach('file', photo, 'IMG_0042.JPG');
    expect(second.body.document).toMatchObject({ title: 'IMG_0042.JPG', mediaType: 'image/jpeg' });
    const list = await as(team.coordinator).get(`/api/cases/${caseId}/documents`);
    expect(list.body.documents.map((d: { title: string }) => d.title)).toEqual([
      'OFPRA refusal, Samir K.',
      'IMG_0042.JPG',
    ]);

    const reads = await auditOf(t.app, 'casework.personal_read');
    expect(reads.map((r) => [r.actorId, r.entityId, r.fields, r.meta])).toEqual([
      [team.lawyer.user.id, personId, ['document'], { caseId, documentId: document.id }],
      [team.coordinator.user.id, personId, ['document.title'], { caseId, count: 2 }],
    ]);
    expect(await auditOf(t.app, 'casework.document_add')).toHaveLength(2);
  });

  it('does not serve a tampered blob as valid', async () => {
    const small = pdfOf(2_000);
    const large = pdfOf(200_000);
    const outcomes: { status: number | string; complete: boolean }[] = [];
    for (const pdf of [small, large]) {
      const { id } = (await upload(team.caseworker).attach('file', pdf, 'a.pdf')).body.document;
      const path = join(dir, 'casework', id);
      const blob = await readFile(path);
      blob[Math.floor(blob.length / 2)]! ^= 0x01;
      await chmod(path, 0o640);
      await writeFile(path, blob);
      const res = await fetch(`${base}/api/cases/${caseId}/documents/${id}/content`, {
        headers: { authorization: `Bearer ${team.caseworker.token}` },
      });
      // Held back whole (small) it fails before the headers; else the stream breaks off before its end.
      const body = await res.arrayBuffer().then(
        (data) => Buffer.from(data),
        () => null,
      );
      outcomes.push({
        status: body === null ? 'broken off' : res.status,
        complete: body?.equals(pdf) === true,
      });
    }
    expect(outcomes).toEqual([
      { status: 500, complete: false },
      { status: 'broken off', complete: false },
    ]);
  });

  /** Starts an upload of `pdf` and sends its first `sent` bytes only; the rest waits for `finish`. */
  function slowUpload(pdf: Buffer, sent: number) {
    const boundary = `vigil-document-${randomBytes(6).toString('hex')}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const req = httpRequest(`${base}/api/cases/${caseId}/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${team.caseworker.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + pdf.length + tail.length,
      },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });
    answered.catch(() => undefined); // an aborted upload never answers
    req.write(head);
    req.write(pdf.subarray(0, sent));
    return {
      answered,
      finish: () => req.end(Buffer.concat([pdf.subarray(sent), tail])),
      abort: () => req.destroy(),
    };
  }

  const staged = async () => (await filesUnder(dir)).filter((f) => f.startsWith('.incoming/'));
  const stored = async () => (await filesUnder(dir)).filter((f) => f.startsWith('casework/'));
  const sweep = () => sweepOrphans(t.app.db, t.app.storage, [EVIDENCE_UPLOADS, CASE_DOCUMENT_UPLOADS]);

  it('leaves nothing on disk or in the database when the client goes away mid-file', async () => {
    const before = { onDisk: await filesUnder(dir), rows: await t.app.db.caseDocument.count() };
    const pdf = pdfOf(250_000);
    const slow = slowUpload(pdf, 150_000);
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
    const slow = slowUpload(pdf, 150_000);
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
      const back = await download(team.caseworker, id);
      expect(Buffer.compare(back.body as Buffer, pdf)).toBe(0);
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it('holds no database connection while clients send: stalled uploads beyond the pool leave the API answering', async () => {
    const before = await filesUnder(dir);
    const pdf = pdfOf(200_000);
    const uploads = Array.from({ length: POOL_SIZE + 2 }, () => slowUpload(pdf, 150_000));
    try {
      await until(async () => (await staged()).length === uploads.length, 'every upload staging');
      const started = Date.now();
      const list = await as(team.lawyer).get(`/api/cases/${caseId}/documents`);
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

  it('refuses other types and oversized files, leaving nothing behind', async () => {
    const before = { onDisk: await filesUnder(dir), rows: await t.app.db.caseDocument.count() };
    const text = await upload(team.caseworker).attach(
      'file',
      Buffer.from('just some text\n'.repeat(50)),
      'notes.txt',
    );
    expect(text.status).toBe(415);
    const huge = await upload(team.caseworker).attach('file', pdfOf(300_000), 'big.pdf');
    expect(huge.status).toBe(413);
    const noFile = await upload(team.caseworker).field('title', 'Nothing attached');
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.details[0].path).toBe('body/file');
    const badTitle = await upload(team.caseworker).field('title', '').attach('file', pdfOf(1_000), 'a.pdf');
    expect(badTitle.status).toBe(400);
    expect(badTitle.body.error.details[0].path).toBe('body/title');
    const json = await upload(team.caseworker).send({ title: 'x' });
    expect(json.status).toBe(415);
    expect(await filesUnder(dir)).toEqual(before.onDisk);
    expect(await t.app.db.caseDocument.count()).toBe(before.rows);
  });

  it('needs the consent to store documents, and the access to the person', async () => {
    const unconsented = await caseOf(t.app, team);
    const refused = await upload(team.caseworker, unconsented.id).attach('file', pdfOf(1_000), 'a.pdf');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('store_documents');
    await allowDocuments(t.app, unconsented.personId, team.coordinator.user.id);
    await t.app.db.consent.updateMany({
      where: { personId: unconsented.personId },
      data: { withdrawnAt: new Date() },
    });
    expect((await upload(team.caseworker, unconsented.id).attach('file', pdfOf(1_000), 'a.pdf')).status).toBe(
      409,
    );

    const flagged = await caseOf(t.app, team, { sensitivity: ['lgbt'] });
    await allowDocuments(t.app, flagged.personId, team.coordinator.user.id);
    expect((await upload(team.caseworker, flagged.id).attach('file', pdfOf(1_000), 'a.pdf')).status).toBe(
      403,
    );
    expect((await as(team.caseworker).get(`/api/cases/${flagged.id}/documents`)).status).toBe(403);

    const { id } = await t.app.db.caseDocument.findFirstOrThrow({ where: { caseId } });
    for (const outsider of [team.otherCaseworker, team.otherLawyer]) {
      expect((await upload(outsider).attach('file', pdfOf(1_000), 'a.pdf')).status).toBe(404);
      expect((await as(outsider).get(`/api/cases/${caseId}/documents`)).status).toBe(404);
      expect((await download(outsider, id)).status).toBe(404);
    }
    expect((await download(team.caseworker, id, unconsented.id)).status).toBe(404);
    expect((await as(team.observer).get(`/api/cases/${caseId}/documents`)).status).toBe(403);
  });
});
