import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from '../../test/test-app';
import { api } from '../../test/fixtures';
import { evictionWorld } from '../exports/eviction-export-fixtures';
import { closeWorld } from '../exports/export-fixtures';
import { checkDossierFiles } from './dossier-files-check';
import { download, pdfTextOf, waitForDossier } from './dossier-fixtures';

type World = Awaited<ReturnType<typeof evictionWorld>>;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('dossiers covering evictions', () => {
  let w: World;
  let t: TestApp;
  const create = (token: string, body: object) => api(t.app, token).post('/api/dossiers').send(body);
  beforeAll(async () => {
    w = await evictionWorld('vigil-dossier-evictions-');
    t = w.t;
  });
  afterAll(() => closeWorld(w));

  it('refuses a bad eviction filter, naming the parameter', async () => {
    const bad = await create(w.lawyer.token, { query: '', evictionQuery: 'legalBasis=maybe&colour=red' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/evictionQuery/legalBasis']),
    );
    expect(await t.app.db.dossier.count()).toBe(0);
  });

  describe('generated', () => {
    let dossier: Record<string, unknown> & { id: string; pdfSha256: string };
    let pdf: Buffer;
    let text: string;
    let manifest: { payload: Record<string, unknown>; signature: string; publicKey: string };

    beforeAll(async () => {
      // Incidents at Grande-Synthe (B) and the evictions of February (X), which brings incident A with it.
      const res = await create(w.lawyer.token, {
        query: 'status=submitted&commune=Grande-Synthe',
        evictionQuery: '?from=2026-02-01&to=2026-02-28&sort=start_desc',
      });
      expect(res.status).toBe(202);
      expect(res.body.dossier).toMatchObject({
        evictionQuery: 'from=2026-02-01&to=2026-02-28&sort=start_desc',
      });
      dossier = await waitForDossier(t.app, w.lawyer.token, res.body.dossier.id);
      pdf = (await download(t.app, w.lawyer.token, `/api/dossiers/${dossier.id}/pdf`)).body as Buffer;
      text = pdfTextOf(pdf);
      const manifestRes = await download(t.app, w.lawyer.token, `/api/dossiers/${dossier.id}/manifest`);
      manifest = JSON.parse((manifestRes.body as Buffer).toString('utf8'));
    });

    it('counts the evictions and the incidents, linked ones included', () => {
      expect(dossier).toMatchObject({ status: 'ready', incidentCount: 2, evictionCount: 1 });
      expect(sha256(pdf)).toBe(dossier.pdfSha256);
    });

    it('gives the eviction figures, its section with forces, people, property and the log, in the chronology', () => {
      for (const expected of [
        '1 eviction record(s)',
        'Selection: evictions',
        'Period: from 2026-02-01 to 2026-02-28 (inclusive)',
        'Evictions: summary figures',
        'no order shown in 1 (100.0 %)',
        'EVC-2026-000101 - Eviction at Dunes camp',
        'NO ORDER SHOWN',
        'CRS 8',
        '30 officer(s)',
        '60 (7 minors)',
        'offered (CAES Arras), accepted by 8',
        'OBSTRUCTED',
        '12 Tents destroyed',
        'Six CRS vans block the access road',
        '[corrects #1] Correction: seven vans, one unmarked',
        'North of the ring road',
        w.evictionFile.sha256,
        'bulldozer.mp4',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text.replace(/\s+/g, ' ')).toMatch(
        new RegExp(`${w.seeded.a.reference} .*its section is in this dossier`),
      );
      // The chronology interleaves: eviction X (06:00) before incident A (06:10), then B in March.
      const chronology = text.slice(text.indexOf('Chronology'));
      const order = ['EVC-2026-000101', w.seeded.a.reference, w.seeded.b.reference].map((ref) =>
        chronology.indexOf(ref),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(text).not.toContain(w.seeded.c.reference);
      expect(text).not.toContain('EVC-2026-000102');
      for (const secret of ['rue des Dunes', '50.958', w.observer.user.displayName])
        expect(text).not.toContain(secret);
    });

    it('lists every eviction and file in the signed manifest, checked online and offline', async () => {
      const payload = manifest.payload as {
        evictionQuery: string;
        evictions: { id: string; version: number }[];
        incidents: { id: string }[];
        files: Record<string, string>[];
      };
      expect(payload.evictionQuery).toBe('from=2026-02-01&to=2026-02-28&sort=start_desc');
      expect(payload.evictions).toEqual([
        expect.objectContaining({ id: w.evictions.x.id, reference: 'EVC-2026-000101', version: 1 }),
      ]);
      expect(payload.incidents.map((i) => i.id)).toEqual([w.seeded.a.id, w.seeded.b.id]);
      expect(payload.files).toEqual(
        expect.arrayContaining([
          { id: w.file.id, incidentId: w.seeded.a.id, sha256: w.file.sha256 },
          { id: w.evictionFile.id, evictionId: w.evictions.x.id, sha256: w.evictionFile.sha256 },
        ]),
      );
      const verify = await api(t.app, w.lawyer.token)
        .post('/api/dossiers/verify')
        .send({ manifest, pdfSha256: dossier.pdfSha256 });
      expect(verify.body).toMatchObject({ valid: true, signedByThisInstance: true });

      const dir = mkdtempSync(join(tmpdir(), 'vigil-dossier-files-'));
      try {
        writeFileSync(join(dir, 'm.json'), JSON.stringify(manifest));
        writeFileSync(join(dir, 'd.pdf'), pdf);
        expect((await checkDossierFiles(join(dir, 'm.json'), join(dir, 'd.pdf'))).valid).toBe(true);
        const tampered = structuredClone(manifest);
        (tampered.payload.evictions as { version: number }[])[0]!.version = 2;
        writeFileSync(join(dir, 'm.json'), JSON.stringify(tampered));
        expect((await checkDossierFiles(join(dir, 'm.json'), join(dir, 'd.pdf'))).reasons).toEqual([
          expect.stringMatching(/signature does not match/),
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('audits the evictions covered and records the eviction file in its chain of custody', async () => {
      const generate = await t.app.db.auditEvent.findFirstOrThrow({
        where: { action: 'dossier.generate', entityId: dossier.id },
      });
      expect(JSON.parse(generate.meta!)).toEqual({
        count: 2,
        evictions: 1,
        files: 2,
        includeIdentities: false,
      });
      const custody = await t.app.db.custodyEvent.findMany({
        where: { fileId: w.evictionFile.id, action: 'exported' },
      });
      expect(custody.map((c) => c.note)).toContain(`Dossier ${dossier.id}`);
    });
  });

  it('names members only when identities are included', async () => {
    const res = await create(w.lawyer.token, {
      query: 'from=2030-01-01',
      evictionQuery: 'legalBasis=none_shown',
      includeIdentities: true,
    });
    const done = await waitForDossier(t.app, w.lawyer.token, res.body.dossier.id);
    expect(done).toMatchObject({ status: 'ready', incidentCount: 1, evictionCount: 1 });
    const text = pdfTextOf(
      (await download(t.app, w.lawyer.token, `/api/dossiers/${done.id}/pdf`)).body as Buffer,
    );
    expect(text).toContain(w.observer.user.displayName);
    // Lawyers hold no sites.read_exact_location.
    expect(text).not.toContain('rue des Dunes');
  });
});
