'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { dossierStatusesAction } from '@/lib/actions/dossier-status';
import { forgetPendingDossiers, PENDING_DOSSIER_EVENT, pendingDossiers } from '@/lib/jobs/pending-dossiers';
import { useToasts } from './toast-provider';

const POLL_MS = 3_000;

/**
 * Mounted once in the shell: while this tab waits for dossiers it asked for, it asks the API how
 * they stand every few seconds and announces each one that is ready (with its download) or failed,
 * on whichever page the user now is. Nothing runs while nothing is pending.
 */
export function DossierWatcher() {
  const t = useTranslations('toasts');
  const push = useToasts();

  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;

    const check = async () => {
      timer = undefined;
      const ids = pendingDossiers();
      if (ids.length === 0 || stopped) return;
      const statuses = await dossierStatusesAction(ids).catch(() => null);
      if (stopped) return;
      const settled: string[] = [];
      for (const [id, status] of Object.entries(statuses ?? {})) {
        if (status === 'ready') {
          push({
            id: `dossier-${id}`,
            tone: 'success',
            message: t('dossierReady'),
            action: { label: t('dossierDownload'), href: `/api/dossiers/${id}/pdf`, download: true },
          });
        } else if (status === 'failed') {
          push({ id: `dossier-${id}`, tone: 'error', message: t('dossierFailed') });
        }
        if (status !== 'queued' && status !== 'running') settled.push(id);
      }
      forgetPendingDossiers(settled);
      schedule();
    };
    const schedule = () => {
      if (timer === undefined && !stopped && pendingDossiers().length > 0) {
        timer = window.setTimeout(() => void check(), POLL_MS);
      }
    };

    schedule();
    window.addEventListener(PENDING_DOSSIER_EVENT, schedule);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.removeEventListener(PENDING_DOSSIER_EVENT, schedule);
    };
  }, [push, t]);

  return null;
}
