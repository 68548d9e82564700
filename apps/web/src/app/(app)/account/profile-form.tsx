'use client';

import type { Locale } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { formKey, IDLE } from '@/lib/form-state';
import { LOCALES } from '@/i18n/locales';
import { updateProfileAction } from './actions';

export function ProfileForm({ displayName, locale }: { displayName: string; locale: Locale }) {
  const t = useTranslations('account');
  const tl = useTranslations('languages');
  const tc = useTranslations('common');
  const [state, formAction] = useActionState(updateProfileAction, IDLE);
  const fieldError = useFieldErrors(state);
  return (
    <form key={formKey(state)} action={formAction} className="flex flex-col gap-4" data-testid="profile-form">
      <FormFeedback state={state} success={tc('saved')} />
      <Input
        name="displayName"
        label={t('displayName')}
        hint={t('displayNameHint')}
        defaultValue={state.values?.displayName ?? displayName}
        required
        maxLength={80}
        autoComplete="nickname"
        error={fieldError('displayName')}
      />
      <Select
        name="locale"
        label={t('language')}
        defaultValue={state.values?.locale ?? locale}
        options={LOCALES.map((code) => ({ value: code, label: tl(code) }))}
        error={fieldError('locale')}
      />
      <div>
        <SubmitButton>{tc('save')}</SubmitButton>
      </div>
    </form>
  );
}
