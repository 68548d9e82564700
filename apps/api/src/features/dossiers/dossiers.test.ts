import { createHash } from 'node:crypto';
import type { TestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { closeWorld, exportWorld, type seedIncidents } from '../exports/export-fixtures';
import { download, pdfTextOf, waitForDossier } from './dossier-fixtures';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('dossiers', () => {
  let t: TestApp;
  let dir: string;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let lawyer: Awaited<ReturnType<typeof signedIn>>;
  let seeded: Awaited<ReturnType<typeof seedIncidents>>;
  let file: { id: string; sha256: string };
  beforeAll(async () => {
    ({ t, dir, observer, coordinator, lawyer, seeded, file } = await exportWorld('vigil-dossiers-'));
  });
  afterAll(() => closeWorld({ t, dir }));

  const create = (token: string, body: object) => api(t.app, token).post('/api/dossiers').send(body);

  it('refuses roles without reports.export, identities without the permission, and bad filters', async () => {
    const volunteer = await signedIn(t.app, 'volunteer');
    expect((await create(volunteer.token, { query: '' })).status).toBe(403);
    expect((await create(observer.token, { query: '' })).status).toBe(403);
    expect((await api(t.app, observer.token).get('/api/dossiers')).status).toBe(403);
    const identities = await create(coordinator.token, { query: '', includeIdentities: true });
    expect(identities.status).toBe(403);
    const bad = await create(coordinator.token, { query: 'from=last-week&colour=red' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/query/from']),
    );
    expect(await t.app.db.dossier.count()).toBe(0);
  });

  describe('generated end to end', () => {
    let dossier: { id: string; pdfSha256: string; incidentCount: number; status: string; progress: number };
    let pdf: Buffer;
    let manifest: { payload: Record<string, unknown>; signature: string; publicKey: string };

    beforeAll(async () => {
      const res = await create(coordinator.token, { query: '?status=submitted&sort=start_desc&limit=10' });
      expect(res.status).toBe(202);
      expect(res.body.dossier).toMatchObject({
        status: 'queued',
        includeIdentities: false,
        query: 'status=submitted&sort=start_desc&limit=10',
      });
      dossier = await waitForDossier(t.app, coordinator.token, res.body.dossier.id);
      const pdfRes = await download(t.app, coordinator.token, `/api/dossiers/${dossier.id}/pdf`);
      expect(pdfRes.status).toBe(200);
      expect(pdfRes.headers['x-content-sha256']).toBe(dossier.pdfSha256);
      pdf = pdfRes.body as Buffer;
      const manifestRes = await download(t.app, coordinator.token, `/api/dossiers/${dossier.id}/manifest`);
      manifest = JSON.parse((manifestRes.body as Buffer).toString('utf8'));
    });

    it('is ready with its count and the hash of the stored PDF', () => {
      expect(dossier).toMatchObject({ status: 'ready', progress: 100, incidentCount: 3 });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(sha256(pdf)).toBe(dossier.pdfSha256);
    });

    it('lays out cover, figures, chronology, sections and exhibits, with identities redacted', () => {
      const text = pdfTextOf(pdf);
      for (const expected of [
        'EVIDENCE DOSSIER',
        'IDENTITIES REDACTED',
        'Record status: submitted',
        'Summary figures',
        'Chronology',
        'Exhibits',
      ]) {
        expect(text).toContain(expected);
      }
      for (const ref of [seeded.a.reference, seeded.b.reference, seeded.c.reference])
        expect(text).toContain(ref);
      expect(text).not.toContain(seeded.d.reference);
      expect(text).toContain('HEARSAY');
      expect(text).toContain('Volunteer M.');
      expect(text).toContain('Dégagez !');
      expect(text).toContain('RIO shown (123456)');
      expect(text).toContain(file.sha256);
      expect(text).toContain('E-1');
      for (const secret of [
        '+33',
        '00 00 00',
        'signal:',
        '50.95',
        '1.858',
        'Sudanese',
        observer.user.displayName,
      ]) {
        expect(text).not.toContain(secret);
      }
    });

    it('comes with a manifest of every record and file, signed with the published instance key', async () => {
      const key = await api(t.app, lawyer.token).get('/api/dossiers/public-key');
      expect(key.status).toBe(200);
      expect(manifest.publicKey).toBe(key.body.publicKey);
      expect(key.body.pem).toMatch(/BEGIN PUBLIC KEY/);
      const payload = manifest.payload as {
        incidents: { id: string; version: number }[];
        files: unknown[];
        pdf: { sha256: string };
      };
      expect(payload.incidents.map((i) => i.id)).toEqual([seeded.a.id, seeded.b.id, seeded.c.id]);
      expect(payload.files).toEqual([{ id: file.id, incidentId: seeded.a.id, sha256: file.sha256 }]);
      expect(payload.pdf.sha256).toBe(dossier.pdfSha256);
      const verify = await api(t.app, coordinator.token)
        .post('/api/dossiers/verify')
        .send({ manifest, pdfSha256: dossier.pdfSha256 });
      expect(verify.body).toEqual({
        valid: true,
        reasons: [],
        signedByThisInstance: true,
        dossierId: dossier.id,
      });
    });

    it('detects a tampered PDF and a tampered manifest', async () => {
      const altered = Buffer.from(pdf);
      const middle = Math.floor(altered.length / 2);
      altered.writeUInt8(altered.readUInt8(middle) ^ 0x01, middle);
      const verify = (body: object) => api(t.app, coordinator.token).post('/api/dossiers/verify').send(body);
      const badPdf = await verify({ manifest, pdfSha256: sha256(altered) });
      expect(badPdf.body.valid).toBe(false);
      expect(badPdf.body.reasons).toEqual([expect.stringMatching(/PDF's SHA-256 differs/)]);

      const tampered = structuredClone(manifest);
      (tampered.payload.incidents as { version: number }[])[0]!.version += 1;
      const badManifest = await verify({ manifest: tampered, pdfSha256: dossier.pdfSha256 });
      expect(badManifest.body.valid).toBe(false);
      expect(badManifest.body.reasons).toEqual([expect.stringMatching(/signature does not match/)]);

      expect((await verify({ manifest: { payload: {} } })).status).toBe(400);
    });

    it('belongs to its requester: listed for them, 404 for others', async () => {
      const list = await api(t.app, coordinator.token).get('/api/dossiers');
      expect(list.body.dossiers.map((d: { id: string }) => d.id)).toEqual([dossier.id]);
      expect((await api(t.app, lawyer.token).get(`/api/dossiers/${dossier.id}`)).status).toBe(404);
      expect((await api(t.app, lawyer.token).get(`/api/dossiers/${dossier.id}/pdf`)).status).toBe(404);
      expect((await api(t.app, lawyer.token).get('/api/dossiers')).body.dossiers).toEqual([]);
    });

    it('audits creation, generation, downloads and checks, and logs the export in custody', async () => {
      const events = await t.app.db.auditEvent.findMany({
        where: { entityId: dossier.id },
        orderBy: { id: 'asc' },
      });
      expect(events.map((e) => e.action)).toEqual(
        expect.arrayContaining(['dossier.create', 'dossier.generate', 'dossier.download', 'dossier.verify']),
      );
      const generate = events.find((e) => e.action === 'dossier.generate')!;
      expect(JSON.parse(generate.meta!)).toEqual({ count: 3, files: 1, includeIdentities: false });
      expect(generate.actorId).toBe(coordinator.user.id);
      const downloads = events
        .filter((e) => e.action === 'dossier.download')
        .map((e) => JSON.parse(e.meta!).part);
      expect(downloads.sort()).toEqual(['manifest', 'pdf']);
      const custody = await t.app.db.custodyEvent.findMany({
        where: { fileId: file.id, action: 'exported' },
      });
      expect(custody.map((c) => c.note)).toContain(`Dossier ${dossier.id}`);
    });
  });
});
