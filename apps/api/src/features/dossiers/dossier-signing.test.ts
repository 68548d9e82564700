import { randomBytes } from 'node:crypto';
import { MANIFEST_FORMAT, type ManifestPayload } from '@vigil/contracts';
import { KeyRing } from '../../lib/secrets';
import { canonicalJson, checkManifest, signManifest, signingKeyFromSeed } from './dossier-signing';
import { pdfText } from './pdf-writer';

const payload = (): ManifestPayload => ({
  format: MANIFEST_FORMAT,
  dossierId: '00000000-0000-4000-8000-000000000001',
  instance: 'https://vigil.example',
  generatedAt: '2026-04-01T10:00:00.000Z',
  query: 'from=2026-01-01',
  includeIdentities: false,
  pdf: { sha256: 'a'.repeat(64), sizeBytes: 1234 },
  incidents: [
    {
      id: '00000000-0000-4000-8000-000000000002',
      reference: 'INC-2026-000001',
      version: 2,
      updatedAt: '2026-03-01T00:00:00.000Z',
    },
  ],
  files: [
    {
      id: '00000000-0000-4000-8000-000000000003',
      incidentId: '00000000-0000-4000-8000-000000000002',
      sha256: 'b'.repeat(64),
    },
  ],
});

describe('dossier signing', () => {
  const key = signingKeyFromSeed(new KeyRing(randomBytes(32).toString('base64')).derive('dossier-signing'));

  it('derives the same Ed25519 key from the same master key, a different one from another', () => {
    const master = randomBytes(32).toString('base64');
    const one = signingKeyFromSeed(new KeyRing(master).derive('dossier-signing'));
    const two = signingKeyFromSeed(new KeyRing(master).derive('dossier-signing'));
    expect(one.publicKeyBase64).toBe(two.publicKeyBase64);
    expect(one.publicKey.asymmetricKeyType).toBe('ed25519');
    expect(one.publicKeyBase64).not.toBe(key.publicKeyBase64);
  });

  it('serialises canonically whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: 2 }] })).toBe(
      '{"a":[true,null,{"c":2,"d":"x"}],"b":1}',
    );
    const signed = signManifest(payload(), key);
    const reordered = JSON.parse(
      JSON.stringify({ publicKey: signed.publicKey, signature: signed.signature, payload: signed.payload }),
    );
    expect(checkManifest(reordered)).toMatchObject({ valid: true, reasons: [] });
  });

  it('detects a changed record, a changed PDF hash, a foreign key and a bad PDF', () => {
    const signed = signManifest(payload(), key);
    expect(
      checkManifest(signed, { pdfSha256: 'A'.repeat(64), expectedPublicKey: key.publicKeyBase64 }).valid,
    ).toBe(true);

    const tampered = structuredClone(signed);
    (tampered.payload.incidents as { version: number }[])[0]!.version = 1;
    expect(checkManifest(tampered).reasons).toEqual([expect.stringMatching(/signature does not match/)]);

    expect(checkManifest(signed, { pdfSha256: 'c'.repeat(64) }).reasons).toEqual([
      expect.stringMatching(/PDF's SHA-256 differs/),
    ]);

    const other = signingKeyFromSeed(randomBytes(32));
    const resigned = signManifest(payload(), other);
    expect(checkManifest(resigned).valid).toBe(true);
    expect(checkManifest(resigned, { expectedPublicKey: key.publicKeyBase64 }).reasons).toEqual([
      expect.stringMatching(/not signed with the expected instance key/),
    ]);
    expect(checkManifest({ ...signed, publicKey: 'bm90IGEga2V5' }).valid).toBe(false);
    expect(checkManifest({ ...signed, signature: '' }).valid).toBe(false);
  });

  it('keeps every script in PDF text, only control characters become spaces', () => {
    expect(pdfText('Gazé · œuvre – “oui” € ok')).toBe('Gazé · œuvre – “oui” € ok');
    expect(pdfText('Şahin ł Кале مرحبا\u0007x\nnext')).toBe('Şahin ł Кале مرحبا x\nnext');
  });
});
