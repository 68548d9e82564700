'use server';

import { dossierListResponseSchema, type DossierView } from '@vigil/contracts';
import { unstable_rethrow } from 'next/navigation';
import { api } from '@/lib/api/client';

export type PendingStatus = DossierView['status'] | 'gone';

/**
 * Where the dossiers the shell is waiting for stand: one request for my latest dossiers, whatever
 * page the user is on. An id not among them (someone else's, or long gone) answers 'gone'.
 */
export async function dossierStatusesAction(ids: string[]): Promise<Record<string, PendingStatus> | null> {
  try {
    const { dossiers } = await api('/api/dossiers', { schema: dossierListResponseSchema });
    const byId = new Map(dossiers.map((dossier) => [dossier.id, dossier.status]));
    return Object.fromEntries(ids.slice(0, 20).map((id) => [id, byId.get(id) ?? 'gone']));
  } catch (error) {
    // Session redirects pass through; anything else (the API down a moment) just waits for the next poll.
    unstable_rethrow(error);
    return null;
  }
}
