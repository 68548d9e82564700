import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { createIncident, filesUnder, makeJpeg, tempEvidenceDir } from './evidence-fixtures';

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('an interrupted upload', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = await tempEvidenceDir();
    t = await buildTestApp({ EVIDENCE_DIR: dir });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves nothing on disk or in the database when the client goes away mid-file', async () => {
    const { token, user } = await signedIn(t.app, 'legal_observer');
    const incident = await createIncident(t.app, user.id);
    const photo = await makeJpeg({ width: 700, height: 700, noise: true });
    expect(photo.length).toBeGreaterThan(400_000);
    const boundary = 'vigil-abort-test';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const { port } = t.app.server.address() as AddressInfo;
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/incidents/${incident.id}/files`,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + photo.length + tail.length,
      },
    });
    req.on('error', () => undefined);
    req.write(head);
    req.write(photo.subarray(0, 200_000));
    // The type is known and bytes are being staged on disk: now the connection drops.
    await until(
      async () => (await filesUnder(dir)).some((f) => f.startsWith('.incoming/')),
      'the staging file',
    );
    req.destroy();

    await until(async () => (await filesUnder(dir)).length === 0, 'the staging folder to empty');
    expect(await t.app.db.evidenceFile.count()).toBe(0);
    expect(await t.app.db.custodyEvent.count()).toBe(0);
    expect((await t.app.db.incident.findUniqueOrThrow({ where: { id: incident.id } })).hasMedia).toBe(false);
  });
});
