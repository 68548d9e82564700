import exifr from 'exifr';
import sharp from 'sharp';
import type { AllowedMedia } from './media-types';
import type { Staging } from './upload-staging';

export interface WorkingCopy {
  path: string;
  mime: string;
  ext: string;
}

/**
 * A viewing copy of a photo: turned upright as the camera's orientation tag says, then re-encoded
 * without any metadata (sharp writes none unless asked), so that no GPS position, device serial or
 * owner name travels with it. JPEG for photos; WebP where transparency or animation must survive.
 *
 * Videos, audio and PDF get no working copy: stripping their metadata needs ffmpeg (or a PDF
 * rewriter), which is not a dependency, and a half-stripped copy would be worse than none. Their
 * original is served only to roles allowed originals.
 *
 * Returns null when the image cannot be decoded (e.g. HEVC-coded HEIC, which sharp's bundled libvips
 * does not read): the original is still kept, since the evidence matters more than the preview.
 */
export async function deriveWorkingCopy(
  source: string,
  media: AllowedMedia,
  staging: Staging,
): Promise<WorkingCopy | null> {
  if (media.kind !== 'image') return null;
  const jpeg = media.mime === 'image/jpeg' || media.mime.startsWith('image/hei');
  const target = jpeg ? { mime: 'image/jpeg', ext: 'jpg' } : { mime: 'image/webp', ext: 'webp' };
  const path = await staging.newPath(`.${target.ext}`);
  try {
    const animated = media.mime === 'image/gif' || media.mime === 'image/webp';
    const image = sharp(source, { animated, failOn: 'error' });
    // GIFs carry no orientation tag, and rotating an animation frame by frame is not what rotate() does.
    const upright = media.mime === 'image/gif' ? image : image.rotate();
    await (jpeg ? upright.jpeg({ quality: 90 }) : upright.webp({ quality: 90 })).toFile(path);
    return { path, ...target };
  } catch {
    return null;
  }
}

// Binary fields (maker notes, thumbnails) are left out; short ones such as version bytes are kept.
const MAX_BINARY_BYTES = 64;

function jsonSafe(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return value.length <= MAX_BINARY_BYTES ? Array.from(value) : undefined;
  }
  return value;
}

/**
 * The location, time and device metadata of a photo (EXIF, GPS, XMP, IPTC), grouped by segment, as
 * JSON ready to be encrypted. Null when the format has none or it cannot be read.
 */
export async function extractMetadata(source: string, media: AllowedMedia): Promise<string | null> {
  if (media.kind !== 'image') return null;
  try {
    const parsed: unknown = await exifr.parse(source, {
      tiff: true,
      exif: true,
      gps: true,
      interop: false,
      ifd1: false,
      makerNote: false,
      xmp: true,
      iptc: true,
      icc: false,
      mergeOutput: false,
    });
    if (!parsed || typeof parsed !== 'object' || Object.keys(parsed).length === 0) return null;
    return JSON.stringify(parsed, jsonSafe);
  } catch {
    return null;
  }
}
