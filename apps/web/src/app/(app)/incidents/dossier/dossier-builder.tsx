'use client';

import { EXPORT_LANGUAGES, type ExportLanguage } from '@vigil/contracts/enums';
import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useToasts } from '@/components/toasts/toast-provider';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Select } from '@/components/ui/select';
import { FormFeedback } from '@/components/ui/form-feedback';
import { exportLanguageOf, withExportLanguage } from '@/lib/export-language';
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
  const tl = useTranslations('languages');
  const push = useToasts();
  const locale = useLocale();
  const [includeIdentities, setIncludeIdentities] = useState(false);
  // The reader's language when the API writes it (French), English otherwise; they may pick the other.
  const [language, setLanguage] = useState<ExportLanguage>(exportLanguageOf(locale));
  const [state, setState] = useState<FormState<DossierRow>>(IDLE);
  const [dossiers, setDossiers] = useState(initialDossiers);
  const [pending, startTransition] = useTransition();
  const exportQuery = new URLSearchParams(query);
  if (includeIdentities) exportQuery.set('includeIdentities', 'true');
  const suffix = withExportLanguage(exportQuery.toString(), language);

  const generate = () =>
    startTransition(async () => {
      const result = await createDossierAction({ query, evictionQuery, includeIdentities, language });
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
        <Select
          name="language"
          label={t('exportLanguage')}
          hint={t('exportLanguageHint')}
          options={EXPORT_LANGUAGES.map((value) => ({ value, label: tl(value) }))}
          value={language}
          onChange={(event) => setLanguage(exportLanguageOf(event.target.value))}
          data-testid="export-language"
        />
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
