'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useToasts } from '@/components/toasts/toast-provider';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormFeedback } from '@/components/ui/form-feedback';
import { IDLE, type FormState } from '@/lib/form-state';
import { addPendingDossier } from '@/lib/jobs/pending-dossiers';
import { createDossierAction, type DossierRow } from './actions';
import { DossierList } from './dossier-list';

/**
 * Generate a dossier (PDF + signed manifest) or export CSV/JSON for the filter shown above.
 * Identities are redacted unless a lawyer ticks the box, which the API records in the audit log.
 */
export function DossierBuilder({
  query,
  evictionQuery,
  total,
  canIncludeIdentities,
  initialDossiers,
}: {
  query: string;
  /** Null: the dossier covers incidents only. */
  evictionQuery: string | null;
  total: number | null;
  canIncludeIdentities: boolean;
  initialDossiers: DossierRow[] | null;
}) {
  const t = useTranslations('dossier');
  const tt = useTranslations('toasts');
  const push = useToasts();
  const [includeIdentities, setIncludeIdentities] = useState(false);
  const [state, setState] = useState<FormState<DossierRow>>(IDLE);
  const [dossiers, setDossiers] = useState(initialDossiers);
  const [pending, startTransition] = useTransition();
  const exportQuery = new URLSearchParams(query);
  if (includeIdentities) exportQuery.set('includeIdentities', 'true');
  const suffix = exportQuery.toString() ? `?${exportQuery.toString()}` : '';

  const generate = () =>
    startTransition(async () => {
      const result = await createDossierAction({ query, evictionQuery, includeIdentities });
      setState(result);
      const created = result.data;
      if (!created) return;
      setDossiers((current) => [created, ...(current ?? []).filter((d) => d.id !== created.id)]);
      // The shell's watcher announces it when ready, even if the user has moved on by then.
      addPendingDossier(created.id);
      push({ id: `dossier-${created.id}`, tone: 'info', message: tt('dossierQueued') });
    });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-4">
        {canIncludeIdentities ? (
          <div className="flex flex-col gap-2">
            <Checkbox
              id="include-identities"
              label={t('includeIdentities')}
              checked={includeIdentities}
              onChange={(event) => setIncludeIdentities(event.target.checked)}
            />
            {includeIdentities ? (
              <Alert tone="warning" title={t('identitiesWarningTitle')} testId="identities-warning">
                <p>{t('identitiesWarning')}</p>
              </Alert>
            ) : (
              <p className="text-sm text-ink-soft">{t('redactedByDefault')}</p>
            )}
          </div>
        ) : (
          <p className="text-sm text-ink-soft">{t('redactedByDefault')}</p>
        )}
        <FormFeedback state={state} />
        <div className="flex flex-wrap gap-2">
          <Button
            variant="primary"
            onClick={generate}
            disabled={pending || total === 0}
            aria-busy={pending || undefined}
            data-testid="generate-dossier"
          >
            {pending ? t('queueing') : t('generate')}
          </Button>
          <a
            href={`/api/incidents/export/csv${suffix}`}
            className={buttonClasses('secondary')}
            data-testid="export-csv"
            download
          >
            {t('exportCsv')}
          </a>
          <a
            href={`/api/incidents/export/json${suffix}`}
            className={buttonClasses('secondary')}
            data-testid="export-json"
            download
          >
            {t('exportJson')}
          </a>
        </div>
      </div>
      <section aria-labelledby="my-dossiers" className="flex flex-col gap-3">
        <h2 id="my-dossiers" className="text-lg font-bold">
          {t('mine')}
        </h2>
        {dossiers === null ? (
          <Alert tone="warning">{t('listUnavailable')}</Alert>
        ) : (
          <DossierList dossiers={dossiers} onChange={setDossiers} />
        )}
      </section>
    </div>
  );
}
