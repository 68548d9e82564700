/** Helpers for the evidence tests (not a test file itself, so Jest does not run it). */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type TestApp, buildTestApp } from '../../test/test-app';
import sharp from 'sharp';

export const GPS = { latitude: 50.95, longitude: 1.85 };

/** A small JPEG photo; with `gps`, EXIF with a position, a camera and a 90° orientation tag. */
export function makeJpeg(options: { gps?: boolean; width?: number; height?: number; noise?: boolean } = {}) {
  const width = options.width ?? 64;
  const height = options.height ?? 48;
  const image = options.noise
    ? sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    : sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } });
  const jpeg = image.jpeg({ quality: 95 });
  if (!options.gps) return jpeg.toBuffer();
  return jpeg
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'TestCam', Model: 'X1' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '50/1 57/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '1/1 51/1 0/1',
        },
      },
    })
    .toBuffer();
}

let counter = 0;

export async function createIncident(app: FastifyInstance, authorId: string) {
  counter += 1;
  return app.db.incident.create({
    data: {
      reference: `INC-TEST-${Date.now()}-${counter}`,
      title: 'Tents slashed during the morning eviction',
      startAt: new Date('2026-01-15T06:30:00Z'),
      sourceType: 'first_hand',
      authorId,
    },
  });
}

export function tempEvidenceDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'vigil-evidence-'));
}

/** Every file under the folder (recursive), relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** An eviction at a new site (rows written directly: these tests are about its files). */
export async function createEviction(
  app: FastifyInstance,
  authorId: string,
  status: 'draft' | 'submitted' = 'submitted',
) {
  counter += 1;
  const site = await app.db.site.create({
    data: { name: `Dunes camp ${counter}`, type: 'camp', commune: 'Calais' },
  });
  return app.db.eviction.create({
    data: {
      reference: `EVC-TEST-${Date.now()}-${counter}`,
      siteId: site.id,
      status,
      startAt: new Date('2026-01-20T06:00:00Z'),
      legalBasis: 'none_shown',
      authorId,
    },
  });
}

/** The app with its own evidence folder and a 64 KB upload limit (so "too large" is cheap to test). */
export async function uploadTestApp(): Promise<{ t: TestApp; dir: string; close(): Promise<void> }> {
  const dir = await tempEvidenceDir();
  const t = await buildTestApp({
    EVIDENCE_DIR: dir,
    EVIDENCE_MAX_BYTES: String(64 * 1024),
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  return {
    t,
    dir,
    async close() {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
