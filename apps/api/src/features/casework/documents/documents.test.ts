import { createHash } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { api } from '../../../test/fixtures';
import type { TestApp } from '../../../test/test-app';
import { filesUnder, makeJpeg } from '../../evidence/evidence-fixtures';
import { type SignedIn, auditOf, caseOf } from '../deadlines/task-fixtures';
import { allowDocuments, pdfOf } from './document-fixtures';
import { type DocumentsTestApp, binary, documentsTestApp } from './document-app-fixtures';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('case documents', () => {
  const ctx = documentsTestApp();
  let t: TestApp;
  let dir: string;
  let team: DocumentsTestApp['team'];
  let caseId: string;
  let personId: string;
  let base: string;
  beforeAll(() => ({ t, dir, team, caseId, personId, base } = ctx()));

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
