import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { createIncident, filesUnder, makeJpeg, tempEvidenceDir } from './evidence-fixtures';
import { LocalStorage } from './storage/local-storage';

/**
 * A full or unwritable disk must refuse the upload with a code the collective can act on, and leave
 * no row, no custody entry, no audit entry and no file. The errors are the kernel's own: /dev/full
 * answers every write with ENOSPC, and a folder under a regular file cannot be created (ENOTDIR). The
 * machine may run as root, so permissions cannot make a folder unwritable here.
 */
async function nothingRecorded(app: FastifyInstance, incidentId: string) {
  expect(await app.db.evidenceFile.count()).toBe(0);
  expect(await app.db.custodyEvent.count()).toBe(0);
  expect(await app.db.auditEvent.count({ where: { action: 'evidence.upload' } })).toBe(0);
  expect((await app.db.incident.findUniqueOrThrow({ where: { id: incidentId } })).hasMedia).toBe(false);
}

describe('evidence storage faults', () => {
  let t: TestApp;
  let dir: string;
  let token: string;
  let incidentId: string;
  let photo: Buffer;

  beforeAll(async () => {
    dir = await tempEvidenceDir();
    t = await buildTestApp({ EVIDENCE_DIR: dir, RATE_LIMIT_PER_MINUTE: '100000' });
    const observer = await signedIn(t.app, 'legal_observer');
    token = observer.token;
    incidentId = (await createIncident(t.app, observer.user.id)).id;
    photo = await makeJpeg({ gps: true });
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const upload = (app: FastifyInstance) =>
    api(app, token).post(`/api/incidents/${incidentId}/files`).attach('file', photo, 'photo.jpg');

  it('answers 507 STORAGE_FULL when the disk fills up, removing the original already stored', async () => {
    const storage = t.app.storage;
    const realPut = storage.put.bind(storage);
    // The original is stored for real; the working copy then meets a full disk.
    const put = jest.spyOn(storage, 'put').mockImplementation(async (key: string, body: Readable) => {
      if (key.startsWith('originals/')) return realPut(key, body);
      await pipeline(body, createWriteStream('/dev/full'));
    });
    const res = await upload(t.app);
    expect(res.status).toBe(507);
    expect(res.body.error).toMatchObject({ code: 'STORAGE_FULL', requestId: expect.any(String) });
    expect(res.body.error.message).not.toContain(dir);
    expect(put.mock.calls.map(([key]) => key.split('/')[0])).toEqual(['originals', 'working-copies']);
    await nothingRecorded(t.app, incidentId);
    expect(await filesUnder(dir)).toEqual([]);
  });

  it('answers 503 STORAGE_UNAVAILABLE when the storage folder cannot be created', async () => {
    const blocker = join(dir, '..', `${dir.split('/').pop()}-blocker`);
    await writeFile(blocker, 'a regular file where a folder should be');
    const unwritable = new LocalStorage(join(blocker, 'evidence'));
    jest
      .spyOn(t.app.storage, 'put')
      .mockImplementation((key: string, body: Readable) => unwritable.put(key, body));
    try {
      const res = await upload(t.app);
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('STORAGE_UNAVAILABLE');
      await nothingRecorded(t.app, incidentId);
      expect(await filesUnder(dir)).toEqual([]);
    } finally {
      await rm(blocker, { force: true });
    }
  });

  it('answers 503 STORAGE_UNAVAILABLE when EVIDENCE_DIR itself is unusable, and the API still starts', async () => {
    const parent = await tempEvidenceDir();
    const file = join(parent, 'not-a-folder');
    await writeFile(file, 'x');
    const broken = await buildTestApp({ EVIDENCE_DIR: join(file, 'evidence') });
    try {
      const observer = await signedIn(broken.app, 'legal_observer');
      const incident = await createIncident(broken.app, observer.user.id);
      const res = await api(broken.app, observer.token)
        .post(`/api/incidents/${incident.id}/files`)
        .attach('file', photo, 'photo.jpg');
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('STORAGE_UNAVAILABLE');
      await nothingRecorded(broken.app, incident.id);
      expect(await filesUnder(parent)).toEqual(['not-a-folder']);
    } finally {
      await broken.close();
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('uploads again once the storage is back', async () => {
    await mkdir(dir, { recursive: true });
    const res = await upload(t.app);
    expect(res.status).toBe(200);
    expect(await t.app.db.custodyEvent.count()).toBe(1);
  });
});
