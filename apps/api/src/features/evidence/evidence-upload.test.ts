import { createHash } from 'node:crypto';
import exifr from 'exifr';
import sharp from 'sharp';
import { api, signedIn } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';
import { GPS, createIncident, filesUnder, makeJpeg, uploadTestApp } from './evidence-fixtures';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('evidence upload', () => {
  let t: TestApp;
  let dir: string;
  let coordinator: { token: string; user: { id: string } };
  let incidentId: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, dir, close } = await uploadTestApp());
    coordinator = await signedIn(t.app, 'coordinator');
    incidentId = (await createIncident(t.app, coordinator.user.id)).id;
  });
  afterAll(() => close());

  const upload = (token: string, id = incidentId) => api(t.app, token).post(`/api/incidents/${id}/files`);
  const counts = async () => ({
    files: await t.app.db.evidenceFile.count(),
    custody: await t.app.db.custodyEvent.count(),
    onDisk: await filesUnder(dir),
  });

  it('stores the untouched original, a stripped working copy and encrypted metadata', async () => {
    const photo = await makeJpeg({ gps: true });
    const res = await upload(coordinator.token)
      .field('acquiredFrom', 'Observer team B')
      .field('acquiredAt', '2026-01-15T07:00:00.000Z')
      .attach('file', photo, 'IMG_0042 (copy).JPG');
    expect(res.status).toBe(200);
    const file = res.body.file;
    expect(file).toMatchObject({
      incidentId,
      originalName: 'IMG_0042 (copy).JPG',
      mediaType: 'image/jpeg',
      sizeBytes: photo.length,
      sha256: sha256(photo),
      hasWorkingCopy: true,
      workingCopyType: 'image/jpeg',
      hasMetadata: true,
      acquiredFrom: 'Observer team B',
      acquiredAt: '2026-01-15T07:00:00.000Z',
      uploadedBy: { id: coordinator.user.id },
    });
    expect(file.custody).toEqual([
      expect.objectContaining({
        action: 'uploaded',
        actor: expect.objectContaining({ id: coordinator.user.id }),
      }),
    ]);

    const row = await t.app.db.evidenceFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.metadataEnc).toMatch(/^v1:/);
    expect(row.metadataEnc).not.toContain('TestCam');
    expect((await t.app.db.incident.findUniqueOrThrow({ where: { id: incidentId } })).hasMedia).toBe(true);

    const original = await t.app.storage.get(row.storageKey);
    const originalBytes = Buffer.concat(await original.toArray());
    expect(originalBytes.equals(photo)).toBe(true);
    expect((await exifr.gps(originalBytes)).latitude).toBeCloseTo(GPS.latitude, 2);

    const working = Buffer.concat(await (await t.app.storage.get(row.workingCopyKey ?? '')).toArray());
    expect(await exifr.parse(working, true)).toBeUndefined();
    // Upright: the 64×48 photo tagged "rotate 90°" becomes 48×64, with no orientation tag left.
    const shape = await sharp(working).metadata();
    expect([shape.width, shape.height, shape.orientation, shape.exif]).toEqual([
      48,
      64,
      undefined,
      undefined,
    ]);

    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { action: 'evidence.upload', entityId: file.id },
    });
    expect(audit.meta).not.toContain('IMG_0042');
    expect(audit.meta).not.toContain('Observer');
  });

  it('keeps no working copy for a PDF and detects the type from the bytes, not the name', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const res = await upload(coordinator.token).attach('file', pdf, 'photo.jpg');
    expect(res.status).toBe(200);
    expect(res.body.file).toMatchObject({
      mediaType: 'application/pdf',
      hasWorkingCopy: false,
      hasMetadata: false,
    });
  });

  it('refuses other roles: volunteer 403, anonymous 401, lawyer (read-only) 403', async () => {
    const photo = await makeJpeg();
    for (const [role, status] of [
      ['volunteer', 403],
      ['lawyer', 403],
      ['admin', 403],
    ] as const) {
      const { token } = await signedIn(t.app, role);
      expect((await upload(token).attach('file', photo, 'a.jpg')).status).toBe(status);
    }
    expect(
      (await api(t.app).post(`/api/incidents/${incidentId}/files`).attach('file', photo, 'a.jpg')).status,
    ).toBe(401);
    const observer = await signedIn(t.app, 'legal_observer');
    expect((await upload(observer.token).attach('file', photo, 'a.jpg')).status).toBe(200);
  });

  it('refuses bad uploads and leaves nothing behind', async () => {
    const before = await counts();
    const text = await upload(coordinator.token).attach(
      'file',
      Buffer.from('not a photo at all\n'.repeat(50)),
      'x.jpg',
    );
    expect([text.status, text.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);

    const big = await upload(coordinator.token).attach(
      'file',
      await makeJpeg({ width: 400, height: 400, noise: true }),
      'big.jpg',
    );
    expect([big.status, big.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);

    const unknown = await upload(coordinator.token, '00000000-0000-4000-8000-000000000000').attach(
      'file',
      await makeJpeg(),
      'a.jpg',
    );
    expect(unknown.status).toBe(404);

    const badField = await upload(coordinator.token)
      .attach('file', await makeJpeg(), 'a.jpg')
      .field('acquiredAt', 'yesterday');
    expect([badField.status, badField.body.error.details[0].path]).toEqual([400, 'body/acquiredAt']);

    const noFile = await upload(coordinator.token).field('acquiredFrom', 'x');
    expect(noFile.status).toBe(400);
    const json = await upload(coordinator.token).send({ file: 'x' });
    expect(json.status).toBe(415);

    expect(await counts()).toEqual(before);
  });
});
