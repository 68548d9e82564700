'use server';

import {
  dossierListResponseSchema,
  dossierResponseSchema,
  type DossierView,
  type ExportLanguage,
} from '@vigil/contracts';
import { unstable_rethrow } from 'next/navigation';
import { getFormatter } from 'next-intl/server';
import { api } from '@/lib/api/client';
import { failure, type FormState } from '@/lib/forms';

/** A dossier as the builder lists it, dates already formatted. */
export interface DossierRow {
  id: string;
  status: DossierView['status'];
  progress: number;
  query: string;
  evictionQuery: string | null;
  includeIdentities: boolean;
  incidentCount: number | null;
  evictionCount: number | null;
  pdfSha256: string | null;
  error: string | null;
  createdAt: string;
}

async function toRows(dossiers: DossierView[]): Promise<DossierRow[]> {
  const format = await getFormatter();
  return dossiers.map((d) => ({
    id: d.id,
    status: d.status,
    progress: d.progress,
    query: d.query,
    evictionQuery: d.evictionQuery,
    includeIdentities: d.includeIdentities,
    incidentCount: d.incidentCount,
    evictionCount: d.evictionCount,
    pdfSha256: d.pdfSha256,
    error: d.error,
    createdAt: format.dateTime(d.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
  }));
}

/** My dossiers, newest first: polled while one is being generated. */
export async function listDossiersAction(): Promise<DossierRow[] | null> {
  try {
    const { dossiers } = await api('/api/dossiers', { schema: dossierListResponseSchema });
    return toRows(dossiers);
  } catch (error) {
    // Session redirects pass through; anything else leaves the builder usable without the list.
    unstable_rethrow(error);
    return null;
  }
}

/**
 * Queues a dossier for the filter (a background job on the API); the list then shows its progress.
 * `evictionQuery` (the eviction list's query string) makes it cover evictions too.
 */
export async function createDossierAction(input: {
  query: string;
  evictionQuery: string | null;
  includeIdentities: boolean;
  /** The PDF's language (headings, labels, vocabulary terms). */
  language: ExportLanguage;
}): Promise<FormState<DossierRow>> {
  try {
    const { dossier } = await api('/api/dossiers', {
      method: 'POST',
      body: {
        query: input.query,
        evictionQuery: input.evictionQuery,
        includeIdentities: input.includeIdentities,
        language: input.language,
      },
      schema: dossierResponseSchema,
    });
    const [row] = await toRows([dossier]);
    return { status: 'success', data: row };
  } catch (error) {
    return failure<DossierRow>(error);
  }
}
