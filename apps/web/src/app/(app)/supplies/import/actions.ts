'use server';

import {
  catalogueImportResponseSchema,
  parseCsvProblemPath,
  stockImportResponseSchema,
  type ImportProblem,
} from '@vigil/contracts';
import { api } from '@/lib/api/client';
import { isApiError } from '@/lib/api/errors';
import { failure, type FormState } from '@/lib/forms';

export type ImportKind = 'catalogue' | 'stock';

/** An import's outcome as the page shows it, whichever file it was. */
export interface ImportReport {
  dryRun: boolean;
  valid: boolean;
  problems: ImportProblem[];
  created?: number;
  updated?: number;
  lines?: number;
  operationId?: string | null;
}

async function send(
  kind: ImportKind,
  key: string,
  body: { csv: string; dryRun: boolean },
): Promise<ImportReport> {
  const request = { method: 'POST' as const, body, headers: { 'idempotency-key': key } };
  if (kind === 'catalogue') {
    return api('/api/supplies/imports/catalogue', { ...request, schema: catalogueImportResponseSchema });
  }
  return api('/api/supplies/imports/stock', { ...request, schema: stockImportResponseSchema });
}

/**
 * Checks (dry run) or imports a CSV file. All or nothing: a real import with a problem answers 400
 * with one detail per problem at `body/csv/<row>/<column>`, turned back into the same report.
 */
export async function importCsvAction(
  kind: ImportKind,
  key: string,
  body: { csv: string; dryRun: boolean },
): Promise<FormState<ImportReport>> {
  if (kind !== 'catalogue' && kind !== 'stock') return { status: 'error', code: 'NOT_FOUND' };
  try {
    return { status: 'success', data: await send(kind, key, body) };
  } catch (error) {
    if (isApiError(error) && error.status === 400) {
      const problems = error.details.flatMap((detail) => {
        const at = parseCsvProblemPath(detail.path);
        return at ? [{ ...at, message: detail.message }] : [];
      });
      if (problems.length > 0)
        return { status: 'success', data: { dryRun: body.dryRun, valid: false, problems } };
    }
    return failure<ImportReport>(error);
  }
}
