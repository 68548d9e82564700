import type { DbOrTx } from '@vigil/db';
import { insertCustodyEvent, evidenceFilesAfter } from './evidence-repository';
import { hashStream } from './media-types';
import { type BlobStorage, BlobNotFoundError } from './storage/blob-storage';

export type EvidenceProblemKind = 'missing_original' | 'hash_mismatch' | 'missing_working_copy';

export interface EvidenceProblem {
  fileId: string;
  kind: EvidenceProblemKind;
  expectedSha256?: string;
  actualSha256?: string;
}

export interface EvidenceVerifyReport {
  checked: number;
  problems: EvidenceProblem[];
}

export interface VerifyOptions {
  /** Add a 'verified' custody entry to each file with the outcome (the chain then shows the check). */
  record?: boolean;
  pageSize?: number;
}

async function checkOriginal(
  storage: BlobStorage,
  file: { id: string; storageKey: string; sha256: string; sizeBytes: bigint },
): Promise<EvidenceProblem | null> {
  let hashed: { sha256: string; bytes: number };
  try {
    hashed = await hashStream(await storage.get(file.storageKey));
  } catch (error) {
    if (error instanceof BlobNotFoundError) return { fileId: file.id, kind: 'missing_original' };
    throw error;
  }
  if (hashed.sha256 === file.sha256 && BigInt(hashed.bytes) === file.sizeBytes) return null;
  return { fileId: file.id, kind: 'hash_mismatch', expectedSha256: file.sha256, actualSha256: hashed.sha256 };
}

/**
 * Re-hashes every stored original (streaming, one at a time, so memory stays flat whatever the sizes)
 * and checks that every working copy still exists. Reads only, unless `record` is set.
 */
export async function verifyEvidence(
  db: DbOrTx,
  storage: BlobStorage,
  options: VerifyOptions = {},
): Promise<EvidenceVerifyReport> {
  const pageSize = options.pageSize ?? 100;
  const problems: EvidenceProblem[] = [];
  let checked = 0;
  let after: string | null = null;
  for (;;) {
    const page = await evidenceFilesAfter(db, after, pageSize);
    for (const file of page) {
      const found: EvidenceProblem[] = [];
      const original = await checkOriginal(storage, file);
      if (original) found.push(original);
      if (file.workingCopyKey && !(await storage.exists(file.workingCopyKey))) {
        found.push({ fileId: file.id, kind: 'missing_working_copy' });
      }
      problems.push(...found);
      checked += 1;
      if (options.record) {
        const note = found.length ? found.map((p) => p.kind).join(', ') : 'sha256 intact';
        await insertCustodyEvent(db, { fileId: file.id, actorId: null, action: 'verified', note });
      }
    }
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) break;
    after = last.id;
  }
  return { checked, problems };
}
