import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManifestPayload } from '@vigil/contracts';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { attachFile, seedIncidents } from '../exports/export-fixtures';
import { termIds } from '../incidents/incident-fixtures';
import { checkDossierFiles } from './dossier-files-check';
import { download, pdfTextOf, waitForDossier } from './dossier-fixtures';
import { signManifest, signingKeyFromSeed } from './dossier-signing';

const ROOT = join(__dirname, '../../../../..');

/** The offline verifier (npm run dossier:verify) on a real dossier, and a dossier with identities. */
describe('dossier verification and identities', () => {
  let t: TestApp;
  let dir: string;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let lawyer: Awaited<ReturnType<typeof signedIn>>;
  let seeded: Awaited<ReturnType<typeof seedIncidents>>;
  let dossier: { id: string; pdfSha256: string };
  let pdf: Buffer;
  let manifest: { payload: Record<string, unknown>; signature: string; publicKey: string };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-dossier-verify-'));
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000', EVIDENCE_DIR: dir });
    const observer = await signedIn(t.app, 'legal_observer');
    [coordinator, lawyer] = await Promise.all([signedIn(t.app, 'coordinator'), signedIn(t.app, 'lawyer')]);
    seeded = await seedIncidents(t.app, observer.token, await termIds(t.app, observer.token));
    await attachFile(t.app, seeded.a.id, observer.user.id);
    const res = await create(coordinator.token, { query: 'status=submitted' });
    dossier = await waitForDossier(t.app, coordinator.token, res.body.dossier.id);
    pdf = (await download(t.app, coordinator.token, `/api/dossiers/${dossier.id}/pdf`)).body as Buffer;
    const manifestRes = await download(t.app, coordinator.token, `/api/dossiers/${dossier.id}/manifest`);
    manifest = JSON.parse((manifestRes.body as Buffer).toString('utf8'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const create = (token: string, body: object) => api(t.app, token).post('/api/dossiers').send(body);

  it('is checked offline by dossier:verify, which catches a tampered PDF or manifest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vigil-verify-'));
    const write = (name: string, data: string | Buffer) => {
      writeFileSync(join(folder, name), data);
      return join(folder, name);
    };
    const manifestPath = write('manifest.json', JSON.stringify(manifest, null, 2));
    const pdfPath = write('dossier.pdf', pdf);
    const pem = (await api(t.app, lawyer.token).get('/api/dossiers/public-key')).body.pem as string;
    expect(await checkDossierFiles(manifestPath, pdfPath, pem)).toMatchObject({
      valid: true,
      pdfSha256: dossier.pdfSha256,
      dossierId: dossier.id,
    });

    const altered = Buffer.from(pdf);
    altered.write('%PDF-9.9', 0, 'latin1');
    const alteredPath = write('altered.pdf', altered);
    expect((await checkDossierFiles(manifestPath, alteredPath)).reasons).toEqual([
      expect.stringMatching(/PDF's SHA-256 differs/),
    ]);
    const tampered = structuredClone(manifest);
    (tampered.payload.files as { sha256: string }[])[0]!.sha256 = '0'.repeat(64);
    const tamperedPath = write('tampered.json', JSON.stringify(tampered));
    expect((await checkDossierFiles(tamperedPath, pdfPath)).reasons).toEqual([
      expect.stringMatching(/signature does not match/),
    ]);
    const foreign = signManifest(manifest.payload as ManifestPayload, signingKeyFromSeed(randomBytes(32)));
    const foreignPath = write('foreign.json', JSON.stringify(foreign));
    expect((await checkDossierFiles(foreignPath, pdfPath)).valid).toBe(true);
    expect((await checkDossierFiles(foreignPath, pdfPath, pem)).reasons).toEqual([
      expect.stringMatching(/not signed with the expected instance key/),
    ]);
    expect((await checkDossierFiles(pdfPath)).reasons).toEqual(['The manifest is not a JSON file']);

    const cli = (...args: string[]) =>
      spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/dossier-verify.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const ok = cli(manifestPath, pdfPath, '--public-key', pem);
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringContaining('VALID')]);
    const bad = cli(manifestPath, alteredPath);
    expect([bad.status, bad.stdout]).toEqual([1, expect.stringContaining('INVALID')]);
    expect(cli(tamperedPath).status).toBe(1);
    expect(cli().status).toBe(2);
    rmSync(folder, { recursive: true, force: true });
  });

  it('includes witness contacts for a lawyer who asks, and says so on the cover', async () => {
    const res = await create(lawyer.token, {
      query: `actTypeId=${(await termIds(t.app, lawyer.token)).chemical_weapons}`,
      includeIdentities: true,
    });
    expect(res.status).toBe(202);
    const done = await waitForDossier(t.app, lawyer.token, res.body.dossier.id);
    expect(done).toMatchObject({ status: 'ready', incidentCount: 2, includeIdentities: true });
    const text = pdfTextOf(
      (await download(t.app, lawyer.token, `/api/dossiers/${done.id}/pdf`)).body as Buffer,
    );
    expect(text).toContain('IDENTITIES INCLUDED');
    expect(text).toContain('+33 6 00 00 00 00');
    expect(text).toContain('Act types (with their sub-types): Tear gas / pepper spray');
    expect(text).not.toContain(seeded.c.reference);
    const generate = await t.app.db.auditEvent.findFirstOrThrow({
      where: { entityId: done.id, action: 'dossier.generate' },
    });
    expect(generate.fields).toContain('witnesses.contact');
  });
});
