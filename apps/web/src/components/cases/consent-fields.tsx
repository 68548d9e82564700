'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { CONSENT_SCOPES } from '@vigil/contracts/enums';
import { TextField } from '@/components/incident-form/form-fields';
import type { ConsentDraft } from '@/lib/cases/person-fields';
import { todayIn } from '@/lib/supplies/names';
import { CheckGroup } from './check-group';

/**
 * What the person agreed to, in which language it was explained, and when: required to register
 * anyone. `path` is where the consent sits in the API body (errors point there).
 */
export function ConsentFields({
  path,
  value,
  onChange,
  timeZone,
}: {
  path: string;
  value: ConsentDraft;
  onChange: (value: ConsentDraft) => void;
  timeZone: string;
}) {
  const t = useTranslations('casePerson');
  const te = useTranslations('caseEnums');
  const at = (name: string) => (path ? `${path}.${name}` : name);
  // Today, once, set in the browser after hydration so that server and page never disagree; a date
  // the user clears stays cleared (the API then says it is required).
  const filled = useRef(false);
  useEffect(() => {
    if (filled.current) return;
    filled.current = true;
    if (!value.date) onChange({ ...value, date: todayIn(timeZone) });
  }, [value, onChange, timeZone]);
  return (
    <div className="flex flex-col gap-3" data-testid="consent-fields">
      <CheckGroup
        path={at('scopes')}
        legend={t('consentScopes')}
        hint={t('consentScopesHint')}
        options={CONSENT_SCOPES.map((scope) => ({ value: scope, label: te(`consentScope.${scope}`) }))}
        value={value.scopes}
        onChange={(scopes) => onChange({ ...value, scopes })}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          path={at('language')}
          label={t('consentLanguage')}
          hint={t('consentLanguageHint')}
          value={value.language}
          onChange={(language) => onChange({ ...value, language })}
          maxLength={40}
          required
        />
        <TextField
          path={at('givenAt')}
          type="date"
          label={t('consentDate')}
          value={value.date}
          onChange={(date) => onChange({ ...value, date })}
          required
        />
      </div>
    </div>
  );
}
