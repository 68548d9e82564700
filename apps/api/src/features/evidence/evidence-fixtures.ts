/** Helpers for the evidence tests (not a test file itself, so Jest does not run it). */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
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
