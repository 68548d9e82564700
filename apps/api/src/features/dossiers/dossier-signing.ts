import { type KeyObject, createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { MANIFEST_FORMAT, type ManifestPayload, type SignedManifest } from '@vigil/contracts';

/**
 * Ed25519 signing of dossier manifests. Kept free of the app and the database: the offline verifier
 * (scripts/dossier-verify.ts) uses this file alone.
 */

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): SEQUENCE { version 0, algorithm 1.3.101.112, key }.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Base64 SPKI DER, the form manifests carry. */
  publicKeyBase64: string;
}

/** The instance key from a 32-byte seed (derived from MASTER_KEY), so no extra secret is stored. */
export function signingKeyFromSeed(seed: Buffer): SigningKey {
  if (seed.length !== 32) throw new Error('An Ed25519 seed is 32 bytes');
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyBase64: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

export function fingerprintOf(publicKeyBase64: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
}

/**
 * JSON with object keys sorted and no spaces: the same bytes whoever re-serialises the payload
 * (manifests only hold strings, integers, booleans, arrays and objects).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function signManifest(payload: ManifestPayload, key: SigningKey): SignedManifest {
  const signature = sign(null, Buffer.from(canonicalJson(payload)), key.privateKey).toString('base64');
  return { payload, signature, publicKey: key.publicKeyBase64 };
}

export interface ManifestCheck {
  valid: boolean;
  reasons: string[];
  dossierId: string | null;
}

function publicKeyFrom(base64: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

function signatureHolds(manifest: SignedManifest, key: KeyObject): boolean {
  try {
    const signature = Buffer.from(manifest.signature, 'base64');
    return verify(null, Buffer.from(canonicalJson(manifest.payload)), key, signature);
  } catch {
    // Absurd payloads (e.g. nested deeper than the stack) cannot have been signed by us.
    return false;
  }
}

/**
 * Checks a manifest's signature with the key it carries, optionally that this key is the expected
 * one (pinned, or published by the instance), and that a PDF's hash is the one the manifest lists.
 */
export function checkManifest(
  manifest: SignedManifest,
  options: { pdfSha256?: string; expectedPublicKey?: string } = {},
): ManifestCheck {
  const reasons: string[] = [];
  const payload = manifest.payload as Partial<ManifestPayload>;
  const dossierId = typeof payload.dossierId === 'string' ? payload.dossierId : null;
  if (payload.format !== MANIFEST_FORMAT)
    reasons.push(`Unknown manifest format (expected ${MANIFEST_FORMAT})`);
  const key = publicKeyFrom(manifest.publicKey);
  if (!key) reasons.push('The public key is not an Ed25519 key');
  else if (!signatureHolds(manifest, key)) {
    reasons.push('The signature does not match the manifest: it was altered or signed by another key');
  }
  if (options.expectedPublicKey && options.expectedPublicKey !== manifest.publicKey) {
    reasons.push('The manifest was not signed with the expected instance key');
  }
  if (options.pdfSha256 !== undefined) {
    const listed = typeof payload.pdf?.sha256 === 'string' ? payload.pdf.sha256 : null;
    if (!listed) reasons.push('The manifest lists no PDF hash');
    else if (listed.toLowerCase() !== options.pdfSha256.toLowerCase()) {
      reasons.push(
        "The PDF's SHA-256 differs from the one in the manifest: the PDF was altered or is another file",
      );
    }
  }
  return { valid: reasons.length === 0, reasons, dossierId };
}
