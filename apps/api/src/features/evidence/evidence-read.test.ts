import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import exifr from 'exifr';
import type request from 'supertest';
import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { GPS, createIncident, makeJpeg, tempEvidenceDir } from './evidence-fixtures';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Collects a binary answer whatever its type (superagent only buffers some types by itself). */
const binary = (test: request.Test) =>
  test.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });

describe('evidence reads and chain of custody', () => {
  let t: TestApp;
  let dir: string;
  const tokens: Record<string, string> = {};
  let photo: Buffer;
  let photoId: string;
  let pdfId: string;

  beforeAll(async () => {
    dir = await tempEvidenceDir();
    t = await buildTestApp({ EVIDENCE_DIR: dir, RATE_LIMIT_PER_MINUTE: '100000' });
    for (const role of ['coordinator', 'lawyer', 'legal_observer', 'volunteer'] as const) {
      tokens[role] = (await signedIn(t.app, role)).token;
    }
    const author = await t.app.db.user.findFirstOrThrow({ where: { role: 'coordinator' } });
    const incident = await createIncident(t.app, author.id);
    photo = await makeJpeg({ gps: true });
    const up = (body: Buffer, name: string) =>
      api(t.app, tokens.coordinator).post(`/api/incidents/${incident.id}/files`).attach('file', body, name);
    photoId = (await up(photo, '../../etc/pa"ss\r\nwd é.jpeg')).body.file.id;
    pdfId = (await up(Buffer.from('%PDF-1.7\n%%EOF\n'), 'statement.pdf')).body.file.id;
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const custodyOf = async (fileId: string) =>
    (await t.app.db.custodyEvent.findMany({ where: { fileId }, orderBy: { at: 'asc' } })).map(
      (e) => e.action,
    );

  it('shows the summary and custody to readers of incidents only', async () => {
    const res = await api(t.app, tokens.legal_observer).get(`/api/files/${photoId}`);
    expect(res.status).toBe(200);
    expect(res.body.file).toMatchObject({ id: photoId, sha256: sha256(photo), hasWorkingCopy: true });
    expect(res.body.file.custody.map((e: { action: string }) => e.action)).toEqual(['uploaded']);
    expect((await api(t.app, tokens.volunteer).get(`/api/files/${photoId}`)).status).toBe(403);
    expect((await api(t.app).get(`/api/files/${photoId}`)).status).toBe(401);
    expect(
      (await api(t.app, tokens.lawyer).get('/api/files/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });

  it('serves the working copy as a safe attachment without location, and logs the view', async () => {
    const res = await binary(api(t.app, tokens.legal_observer).get(`/api/files/${photoId}/working-copy`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="pa-[A-Za-z0-9_-]+wd-e-working-copy\.jpg"$/,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(await exifr.parse(res.body as Buffer, true)).toBeUndefined();
    expect(await custodyOf(photoId)).toEqual(['uploaded', 'viewed']);

    expect((await api(t.app, tokens.legal_observer).get(`/api/files/${pdfId}/working-copy`)).status).toBe(
      404,
    );
    expect((await api(t.app, tokens.volunteer).get(`/api/files/${photoId}/working-copy`)).status).toBe(403);
  });

  it('serves the byte-identical original with its hash to coordinators and lawyers only', async () => {
    for (const role of ['coordinator', 'lawyer']) {
      const res = await binary(api(t.app, tokens[role]).get(`/api/files/${photoId}/original`));
      expect(res.status).toBe(200);
      const body = res.body as Buffer;
      expect(body.equals(photo)).toBe(true);
      expect(res.headers['x-content-sha256']).toBe(sha256(photo));
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="pa-[A-Za-z0-9_-]+wd-e\.jpg"$/,
      );
      expect((await exifr.gps(body)).latitude).toBeCloseTo(GPS.latitude, 2);
    }
    const pdf = await binary(api(t.app, tokens.lawyer).get(`/api/files/${pdfId}/original`));
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);

    expect((await api(t.app, tokens.legal_observer).get(`/api/files/${photoId}/original`)).status).toBe(403);
    expect((await api(t.app, tokens.volunteer).get(`/api/files/${photoId}/original`)).status).toBe(403);
    expect(await custodyOf(photoId)).toEqual([
      'uploaded',
      'viewed',
      'downloaded_original',
      'downloaded_original',
    ]);
    expect(
      await t.app.db.auditEvent.count({ where: { action: 'evidence.original_download', entityId: photoId } }),
    ).toBe(2);
  });

  it('decrypts the extracted metadata for roles allowed originals, and audits the read', async () => {
    const res = await api(t.app, tokens.lawyer).get(`/api/files/${photoId}/metadata`);
    expect(res.status).toBe(200);
    expect(res.body.metadata.gps.latitude).toBeCloseTo(GPS.latitude, 2);
    expect(res.body.metadata.ifd0.Make).toBe('TestCam');
    expect((await api(t.app, tokens.coordinator).get(`/api/files/${pdfId}/metadata`)).body).toEqual({
      metadata: null,
    });
    expect((await api(t.app, tokens.legal_observer).get(`/api/files/${photoId}/metadata`)).status).toBe(403);
    const audit = await t.app.db.auditEvent.findMany({ where: { action: 'evidence.metadata_read' } });
    expect(audit.map((a) => a.entityId).sort()).toEqual([photoId, pdfId].sort());
  });

  it('refuses to delete or rewrite custody rows', async () => {
    await expect(t.app.db.custodyEvent.deleteMany({ where: { fileId: photoId } })).rejects.toThrow();
    await expect(
      t.app.db.custodyEvent.updateMany({ where: { fileId: photoId }, data: { action: 'verified' } }),
    ).rejects.toThrow();
  });
});
