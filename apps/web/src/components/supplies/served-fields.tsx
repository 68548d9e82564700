'use client';

import { useTranslations } from 'next-intl';
import { TextField, useFieldError } from '@/components/incident-form/form-fields';
import type { ServedDraft } from '@/lib/supplies/distribution-draft';
import { SERVED_GROUPS } from '@/lib/supplies/enums';

/** People served, as counts by group: never names, never anything that identifies someone. */
export function ServedFields({
  value,
  onChange,
}: {
  value: ServedDraft;
  onChange: (value: ServedDraft) => void;
}) {
  const t = useTranslations('suppliesForms');
  const te = useTranslations('suppliesEnums');
  const error = useFieldError('served');
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold text-ink">{t('served')}</legend>
      <p className="text-sm text-ink-soft">{t('servedHint')}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {SERVED_GROUPS.map((group) => (
          <TextField
            key={group}
            path={`served.${group}`}
            label={te(`served.${group}`)}
            value={value[group]}
            onChange={(count) => onChange({ ...value, [group]: count })}
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
          />
        ))}
      </div>
      {error ? (
        <p className="text-sm font-medium text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
