'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Badge, type Tone } from '@/components/ui/badge';
import { listDossiersAction, type DossierRow } from './actions';

const POLL_MS = 2_000;
const TONES: Record<DossierRow['status'], Tone> = {
  queued: 'neutral',
  running: 'info',
  ready: 'success',
  failed: 'danger',
  expired: 'neutral',
};

/** My dossiers; while one is queued or running the list asks again every two seconds. */
export function DossierList({
  dossiers,
  onChange,
}: {
  dossiers: DossierRow[];
  onChange: (rows: DossierRow[]) => void;
}) {
  const t = useTranslations('dossier');
  const te = useTranslations('dossierEvictions');
  const busy = dossiers.some((d) => d.status === 'queued' || d.status === 'running');

  useEffect(() => {
    if (!busy) return;
    const timer = window.setTimeout(() => {
      void listDossiersAction().then((rows) => {
        if (rows) onChange(rows);
      });
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [busy, dossiers, onChange]);

  if (dossiers.length === 0) return <p className="text-ink-soft">{t('noneYet')}</p>;
  return (
    <ul className="flex flex-col gap-3" aria-live="polite">
      {dossiers.map((d) => (
        <li
          key={d.id}
          className="flex flex-col gap-2 rounded-md border border-line bg-surface p-3"
          data-testid="dossier"
          data-status={d.status}
        >
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONES[d.status]}>{t(`status.${d.status}`)}</Badge>
            <span className="text-sm">{d.createdAt}</span>
            {d.incidentCount !== null ? (
              <span className="text-sm text-ink-soft">{t('incidentCount', { count: d.incidentCount })}</span>
            ) : null}
            {d.evictionCount !== null ? (
              <span className="text-sm text-ink-soft" data-testid="dossier-eviction-count">
                {te('dossierEvictionCount', { count: d.evictionCount })}
              </span>
            ) : null}
            {d.includeIdentities ? <Badge tone="warning">{t('withIdentities')}</Badge> : null}
          </div>
          <p className="text-xs break-all text-ink-soft" dir="ltr">
            {d.query ? `?${d.query}` : t('allIncidents')}
          </p>
          {d.evictionQuery !== null ? (
            <p className="text-xs break-all text-ink-soft" dir="ltr">
              {te('dossierEvictionQuery')} {d.evictionQuery ? `?${d.evictionQuery}` : te('allEvictions')}
            </p>
          ) : null}
          {d.status === 'queued' || d.status === 'running' ? (
            <div className="flex flex-col gap-1">
              <label htmlFor={`progress-${d.id}`} className="text-sm">
                {t('progress', { percent: d.progress })}
              </label>
              <progress
                id={`progress-${d.id}`}
                max={100}
                value={d.progress}
                className="h-3 w-full accent-brand"
              />
            </div>
          ) : null}
          {d.status === 'failed' ? <p className="text-sm text-danger">{d.error ?? t('failed')}</p> : null}
          {d.status === 'ready' ? (
            <div className="flex flex-col gap-1">
              <p className="flex flex-wrap gap-4">
                <a
                  href={`/api/dossiers/${d.id}/pdf`}
                  download
                  className="font-semibold text-brand underline underline-offset-2"
                  data-testid="download-pdf"
                >
                  {t('downloadPdf')}
                </a>
                <a
                  href={`/api/dossiers/${d.id}/manifest`}
                  download
                  className="font-semibold text-brand underline underline-offset-2"
                  data-testid="download-manifest"
                >
                  {t('downloadManifest')}
                </a>
              </p>
              {d.pdfSha256 ? (
                <p className="font-mono text-xs break-all" dir="ltr">
                  SHA-256 {d.pdfSha256}
                </p>
              ) : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
