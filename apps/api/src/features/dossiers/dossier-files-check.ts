import { createHash, createPublicKey } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { signedManifestSchema } from '@vigil/contracts';
import { type ManifestCheck, checkManifest } from './dossier-signing';

export interface FilesCheck extends ManifestCheck {
  pdfSha256: string | null;
  publicKey: string | null;
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A pinned key as given on the command line: base64 SPKI DER (as in manifests) or PEM text. */
export function normalisePublicKey(value: string): string {
  const text = value.trim();
  const key = text.startsWith('-----BEGIN')
    ? createPublicKey(text)
    : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
  return key.export({ format: 'der', type: 'spki' }).toString('base64');
}

/**
 * What `npm run dossier:verify` checks, offline: the manifest file is a signed manifest, its signature
 * holds under the key it carries (and that key is the pinned one, when given), and the PDF file's
 * SHA-256 is the one the manifest lists.
 */
export async function checkDossierFiles(
  manifestPath: string,
  pdfPath?: string,
  expectedPublicKey?: string,
): Promise<FilesCheck> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch {
    return {
      valid: false,
      reasons: ['The manifest is not a JSON file'],
      dossierId: null,
      pdfSha256: null,
      publicKey: null,
    };
  }
  const parsed = signedManifestSchema.safeParse(json);
  if (!parsed.success) {
    return {
      valid: false,
      reasons: ['The file is not a signed dossier manifest (payload, signature, publicKey)'],
      dossierId: null,
      pdfSha256: null,
      publicKey: null,
    };
  }
  const pdfSha256 = pdfPath ? await sha256OfFile(pdfPath) : undefined;
  const check = checkManifest(parsed.data, {
    pdfSha256,
    expectedPublicKey: expectedPublicKey ? normalisePublicKey(expectedPublicKey) : undefined,
  });
  return { ...check, pdfSha256: pdfSha256 ?? null, publicKey: parsed.data.publicKey };
}
