import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '@vigil/db';
import sharp from 'sharp';
import { randomBytes } from 'node:crypto';
import { startApi } from './lib/api-child';
import { acknowledged, call, login, uploadForm } from './lib/client';
import { DATA_DIR, type FaultsDatabase } from './lib/faults-database';
import type { Check } from './lib/integrity';
import { printChecks, say } from './lib/report';

/** A photo of random pixels: it does not compress, so its size is known in advance. */
const photo = () =>
  sharp(randomBytes(480 * 480 * 3), { raw: { width: 480, height: 480, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();

async function recorded(db: Db) {
  const [files, custody, audit] = await Promise.all([
    db.evidenceFile.count(),
    db.custodyEvent.count(),
    db.auditEvent.count({ where: { action: 'evidence.upload' } }),
  ]);
  return `${files} files, ${custody} custody entries, ${audit} upload audit entries`;
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

/** One upload against an API whose EVIDENCE_DIR is `evidenceDir`: the answer, and nothing recorded. */
async function refusedUpload(
  database: FaultsDatabase,
  db: Db,
  evidenceDir: string,
  expected: { status: number; code: string },
  label: string,
): Promise<Check[]> {
  const api = await startApi(database, { EVIDENCE_DIR: evidenceDir });
  try {
    const token = await login('observer@demo.vigil');
    const created = await call(token, 'POST', '/api/incidents', {
      title: `faults storage ${label}`,
      startAt: new Date().toISOString(),
      sourceType: 'first_hand',
    });
    if (!acknowledged(created)) throw new Error(`creating the incident failed: ${created.status}`);
    const id = (created.body as { incident: { id: string } }).incident.id;
    const before = await recorded(db);
    const res = await call(
      token,
      'POST',
      `/api/incidents/${id}/files`,
      uploadForm(await photo(), 'full.jpg'),
    );
    const after = await recorded(db);
    const incident = await db.incident.findUniqueOrThrow({ where: { id }, select: { hasMedia: true } });
    const left = await filesIn(evidenceDir);
    say(`  ${label}: answered ${res.status} ${res.code}; ${after}; files left in the folder: ${left.length}`);
    return [
      {
        name: `${label}: ${expected.status} ${expected.code}`,
        ok: res.status === expected.status && res.code === expected.code,
        detail: `${res.status} ${res.code}`,
      },
      {
        name: `${label}: nothing recorded (no file row, custody or audit entry, no has-media flag, no file)`,
        ok: before === after && !incident.hasMedia && left.length === 0,
        detail: `before ${before}; after ${after}; ${left.length} files left`,
      },
      { name: `${label}: the API stayed up`, ok: api.alive(), detail: api.alive() ? 'running' : 'exited' },
    ];
  } finally {
    await api.stop();
  }
}

/** A 420 KB tmpfs (root only): the ~190 KB photo and its working copy are received, storing them fails. */
function mountSmallDisk(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=420k,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Scenario 3: uploads to an evidence folder that cannot be created (a regular file stands where a
 * folder should be: ENOTDIR, as a missing mount or a read-only volume would fail) and to a disk that
 * fills up mid-upload (a small tmpfs: ENOSPC, needs root to mount). Each must answer its code and
 * leave no row, custody entry, audit entry or file. The integration test
 * (features/evidence/evidence-storage-faults.test.ts) covers both without root.
 */
export async function storageScenario(database: FaultsDatabase, db: Db): Promise<boolean> {
  say('\n3. Evidence storage unusable or full');
  const blocker = join(DATA_DIR, 'storage-blocker');
  await writeFile(blocker, 'a regular file where the evidence folder should be');
  const checks = await refusedUpload(
    database,
    db,
    join(blocker, 'evidence'),
    { status: 503, code: 'STORAGE_UNAVAILABLE' },
    'unusable folder (ENOTDIR)',
  );
  await rm(blocker, { force: true });
  const disk = join(DATA_DIR, 'small-disk');
  await mkdir(disk, { recursive: true });
  if (mountSmallDisk(disk)) {
    try {
      checks.push(
        ...(await refusedUpload(
          database,
          db,
          disk,
          { status: 507, code: 'STORAGE_FULL' },
          'full disk (ENOSPC)',
        )),
      );
    } finally {
      execFileSync('umount', [disk]);
    }
  } else {
    say('  full disk (ENOSPC): skipped, mounting a small tmpfs needs root (the integration test covers it)');
  }
  return printChecks(checks);
}
