import { createHash } from 'node:crypto';
import { api, signedIn } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';
import { createEviction, createIncident, filesUnder, makeJpeg, uploadTestApp } from './evidence-fixtures';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('evidence files on evictions', () => {
  let t: TestApp;
  let dir: string;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let evictionId: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, dir, close } = await uploadTestApp());
    observer = await signedIn(t.app, 'legal_observer');
    evictionId = (await createEviction(t.app, observer.user.id)).id;
  });
  afterAll(() => close());

  const upload = (token: string, id = evictionId) => api(t.app, token).post(`/api/evictions/${id}/files`);
  const list = (token: string, id = evictionId) => api(t.app, token).get(`/api/evictions/${id}/files`);

  it('stores a file for an eviction with the same custody, working copy and audit as for incidents', async () => {
    const photo = await makeJpeg({ gps: true });
    const res = await upload(observer.token)
      .field('acquiredFrom', 'Observer team A')
      .attach('file', photo, 'bulldozer.jpg');
    expect(res.status).toBe(200);
    expect(res.body.file).toMatchObject({
      evictionId,
      incidentId: null,
      sha256: sha256(photo),
      hasWorkingCopy: true,
      hasMetadata: true,
      custody: [expect.objectContaining({ action: 'uploaded' })],
    });
    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { action: 'evidence.upload', entityId: res.body.file.id },
    });
    expect(JSON.parse(audit.meta as string)).toMatchObject({ evictionId });
    // The eviction record itself is not changed by a file (its version stays the observer's).
    expect((await t.app.db.eviction.findUniqueOrThrow({ where: { id: evictionId } })).version).toBe(1);

    const lawyer = await signedIn(t.app, 'lawyer');
    const original = await api(t.app, lawyer.token).get(`/api/files/${res.body.file.id}/original`);
    expect(original.status).toBe(200);
    const working = await api(t.app, observer.token).get(`/api/files/${res.body.file.id}/working-copy`);
    expect(working.status).toBe(200);
    expect((await api(t.app, observer.token).get(`/api/files/${res.body.file.id}/original`)).status).toBe(
      403,
    );
  });

  it("lists an eviction's files for readers, oldest first", async () => {
    const res = await list(observer.token);
    expect(res.status).toBe(200);
    expect(res.body.files).toEqual([
      expect.objectContaining({ originalName: 'bulldozer.jpg', hasWorkingCopy: true }),
    ]);
    expect(Object.keys(res.body.files[0]).sort()).toEqual([
      'hasWorkingCopy',
      'id',
      'mediaType',
      'originalName',
      'sha256',
      'sizeBytes',
      'uploadedAt',
    ]);
    for (const role of ['coordinator', 'lawyer', 'admin'] as const) {
      expect((await list((await signedIn(t.app, role)).token)).status).toBe(200);
    }
    expect((await list((await signedIn(t.app, 'volunteer')).token)).status).toBe(403);
    expect((await api(t.app).get(`/api/evictions/${evictionId}/files`)).status).toBe(401);
    expect((await list(observer.token, 'not-a-uuid')).status).toBe(400);
    expect((await list(observer.token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('needs evictions.write to upload', async () => {
    const photo = await makeJpeg();
    for (const role of ['volunteer', 'lawyer', 'admin'] as const) {
      const { token } = await signedIn(t.app, role);
      expect((await upload(token).attach('file', photo, 'a.jpg')).status).toBe(403);
    }
    expect(
      (await api(t.app).post(`/api/evictions/${evictionId}/files`).attach('file', photo, 'a.jpg')).status,
    ).toBe(401);
    const coordinator = await signedIn(t.app, 'coordinator');
    expect((await upload(coordinator.token).attach('file', photo, 'a.jpg')).status).toBe(200);
  });

  it("hides another observer's draft, as the eviction itself is hidden", async () => {
    const other = await signedIn(t.app, 'legal_observer');
    const draft = (await createEviction(t.app, other.user.id, 'draft')).id;
    const photo = await makeJpeg();
    expect((await upload(observer.token, draft).attach('file', photo, 'a.jpg')).status).toBe(404);
    expect((await list(observer.token, draft)).status).toBe(404);
    expect((await upload(other.token, draft).attach('file', photo, 'a.jpg')).status).toBe(200);
    const coordinator = await signedIn(t.app, 'coordinator');
    expect((await list(coordinator.token, draft)).body.files).toHaveLength(1);
  });

  it('answers a retried upload with the first file, storing it once', async () => {
    const photo = await makeJpeg({ noise: true, width: 32, height: 32 });
    const key = `upload-${Date.now()}`;
    const send = () => upload(observer.token).set('Idempotency-Key', key).attach('file', photo, 'retry.jpg');
    const first = await send();
    expect(first.status).toBe(200);
    const before = { files: await t.app.db.evidenceFile.count(), onDisk: (await filesUnder(dir)).length };
    const retry = await send();
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.file.id).toBe(first.body.file.id);
    expect({ files: await t.app.db.evidenceFile.count(), onDisk: (await filesUnder(dir)).length }).toEqual(
      before,
    );
    expect((await t.app.db.evidenceFile.findMany({ where: { sha256: sha256(photo) } })).length).toBe(1);
  });

  it('refuses bad uploads and leaves nothing behind', async () => {
    const before = { files: await t.app.db.evidenceFile.count(), onDisk: await filesUnder(dir) };
    const text = await upload(observer.token).attach('file', Buffer.from('plain text\n'.repeat(20)), 'x.jpg');
    expect(text.status).toBe(415);
    const big = await upload(observer.token).attach(
      'file',
      await makeJpeg({ width: 400, height: 400, noise: true }),
      'big.jpg',
    );
    expect(big.status).toBe(413);
    const badField = await upload(observer.token)
      .attach('file', await makeJpeg(), 'a.jpg')
      .field('acquiredAt', 'at dawn');
    expect([badField.status, badField.body.error.details[0].path]).toEqual([400, 'body/acquiredAt']);
    const missing = await upload(observer.token, '00000000-0000-4000-8000-000000000000').attach(
      'file',
      await makeJpeg(),
      'a.jpg',
    );
    expect(missing.status).toBe(404);
    expect({ files: await t.app.db.evidenceFile.count(), onDisk: await filesUnder(dir) }).toEqual(before);
  });

  it('keeps a file to one record: the database refuses one on an incident and an eviction', async () => {
    const incident = await createIncident(t.app, observer.user.id);
    const file = await t.app.db.evidenceFile.findFirstOrThrow({ where: { evictionId } });
    await expect(
      t.app.db.evidenceFile.update({ where: { id: file.id }, data: { incidentId: incident.id } }),
    ).rejects.toThrow(/incident or an eviction/);
  });
});
