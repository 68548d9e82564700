'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormFeedback } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/form-state';
import { updateRetentionAction } from './actions';

/** How long a person's data outlives their last closed case before the daily job erases it. */
export function RetentionForm({ months }: { months: number }) {
  const t = useTranslations('retentionSettings');
  const tc = useTranslations('common');
  const [state, formAction] = useActionState(updateRetentionAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4" data-testid="retention-form">
      <FormFeedback state={state} success={tc('saved')} />
      <Input
        name="caseworkRetentionMonths"
        type="number"
        inputMode="numeric"
        min={1}
        max={120}
        required
        defaultValue={state.values?.caseworkRetentionMonths ?? String(months)}
        label={t('label')}
        hint={t('hint')}
        error={state.fieldErrors?.caseworkRetentionMonths}
        className="max-w-32"
      />
      <div>
        <SubmitButton>{tc('save')}</SubmitButton>
      </div>
    </form>
  );
}
