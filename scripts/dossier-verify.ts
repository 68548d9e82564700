/**
 * `npm run dossier:verify -- <manifest.json> [dossier.pdf] [--public-key <base64 | PEM file>]`
 *
 * Checks a dossier offline: the manifest's Ed25519 signature, and that the PDF is the one the
 * manifest lists (SHA-256). The key inside a manifest only proves the manifest was not altered after
 * signing; to prove which instance signed it, pin the instance's key with --public-key (from
 * GET /api/dossiers/public-key, obtained separately). Exit code 0 when valid, 1 when not, 2 on misuse.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { checkDossierFiles, normalisePublicKey } from '../apps/api/src/features/dossiers/dossier-files-check';
import { fingerprintOf } from '../apps/api/src/features/dossiers/dossier-signing';

const USAGE =
  'Usage: npm run dossier:verify -- <manifest.json> [dossier.pdf] [--public-key <base64 | PEM file>]';

async function pinnedKey(value: string | undefined): Promise<string | undefined> {
  if (!value) return undefined;
  const text = existsSync(value) ? await readFile(value, 'utf8') : value;
  return normalisePublicKey(text);
}

async function main() {
  const args = process.argv.slice(2);
  const keyAt = args.indexOf('--public-key');
  const keyArg = keyAt >= 0 ? args[keyAt + 1] : undefined;
  const files = args.filter((_, i) => keyAt < 0 || (i !== keyAt && i !== keyAt + 1));
  const [manifestPath, pdfPath] = files;
  if (!manifestPath || files.length > 2 || (keyAt >= 0 && !keyArg)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const result = await checkDossierFiles(manifestPath, pdfPath, await pinnedKey(keyArg));
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (result.dossierId) out(`Dossier ${result.dossierId}`);
  if (result.publicKey) out(`Signed with key fingerprint ${fingerprintOf(result.publicKey)}`);
  if (result.pdfSha256) out(`PDF SHA-256 ${result.pdfSha256}`);
  if (!pdfPath) out('No PDF given: only the manifest was checked.');
  if (!keyArg) out('No --public-key given: compare the fingerprint above with the instance key yourself.');
  if (result.valid) {
    out('VALID: the signature holds' + (pdfPath ? ' and the PDF is the one listed.' : '.'));
  } else {
    out('INVALID:');
    for (const reason of result.reasons) out(`  - ${reason}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
