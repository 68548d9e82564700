import { execFile } from 'node:child_process';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { createIncident, makeJpeg, tempEvidenceDir } from './evidence-fixtures';
import { verifyEvidence } from './evidence-verify';

const ROOT = join(__dirname, '../../../../..');

describe('evidence verify', () => {
  let t: TestApp;
  let dir: string;
  const ids: string[] = [];

  beforeAll(async () => {
    dir = await tempEvidenceDir();
    t = await buildTestApp({ EVIDENCE_DIR: dir });
    const { token, user } = await signedIn(t.app, 'coordinator');
    const incident = await createIncident(t.app, user.id);
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) {
      const res = await api(t.app, token)
        .post(`/api/incidents/${incident.id}/files`)
        .attach('file', await makeJpeg({ gps: true }), name);
      ids.push(res.body.file.id);
    }
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds nothing wrong with untouched evidence', async () => {
    expect(await verifyEvidence(t.app.db, t.app.storage, { pageSize: 2 })).toEqual({
      checked: 3,
      problems: [],
    });
  });

  it('detects a tampered original, a missing original and a missing working copy', async () => {
    const [tampered, missing, intact] = await Promise.all(
      ids.map((id) => t.app.db.evidenceFile.findUniqueOrThrow({ where: { id } })),
    );
    if (!tampered || !missing || !intact) throw new Error('fixtures missing');
    // Someone with access to the disk lifts the read-only bit and changes one byte.
    const path = join(dir, tampered.storageKey);
    await chmod(path, 0o640);
    const bytes = await makeJpeg({ gps: true });
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0xff;
    await writeFile(path, bytes);
    await rm(join(dir, missing.storageKey));
    await rm(join(dir, intact.workingCopyKey ?? ''));

    const report = await verifyEvidence(t.app.db, t.app.storage, { pageSize: 2, record: true });
    expect(report.checked).toBe(3);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        {
          fileId: tampered.id,
          kind: 'hash_mismatch',
          expectedSha256: tampered.sha256,
          actualSha256: expect.any(String),
        },
        { fileId: missing.id, kind: 'missing_original' },
        { fileId: intact.id, kind: 'missing_working_copy' },
      ]),
    );
    expect(report.problems).toHaveLength(3);
    const verified = await t.app.db.custodyEvent.findMany({ where: { action: 'verified' } });
    expect(verified.map((e) => [e.fileId, e.note]).sort()).toEqual(
      [
        [tampered.id, 'hash_mismatch'],
        [missing.id, 'missing_original'],
        [intact.id, 'missing_working_copy'],
      ].sort(),
    );
  });

  it('runs as `npm run evidence:verify` and exits 1 on a problem', async () => {
    const run = promisify(execFile)(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'scripts/evidence-verify.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: t.databaseUrl, EVIDENCE_DIR: dir, EVIDENCE_STORAGE: 'local' },
      },
    );
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('Evidence check FAILED: 3 problem(s) in 3 files'),
    });
  });
});
