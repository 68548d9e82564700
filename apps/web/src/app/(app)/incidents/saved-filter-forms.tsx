'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { formKey, IDLE } from '@/lib/form-state';
import { deleteSavedFilterAction, saveFilterAction } from './saved-filter-actions';

export function SaveFilterForm({ query }: { query: string }) {
  const t = useTranslations('savedFilters');
  const [state, formAction] = useActionState(saveFilterAction, IDLE);
  const fieldError = useFieldErrors(state);
  return (
    <form
      key={formKey(state, query)}
      action={formAction}
      className="flex flex-wrap items-end gap-2"
      data-testid="save-filter-form"
    >
      <input type="hidden" name="query" value={query} />
      <div className="min-w-48 flex-1">
        <Input
          name="name"
          id="saved-filter-name"
          label={t('name')}
          required
          maxLength={120}
          defaultValue={state.status === 'success' ? '' : state.values?.name}
          error={fieldError('name') ?? fieldError('query')}
        />
      </div>
      <SubmitButton variant="secondary">{t('save')}</SubmitButton>
      <div className="basis-full">
        <FormFeedback state={state} success={t('saved')} />
      </div>
    </form>
  );
}

export function DeleteSavedFilter({ id, name }: { id: string; name: string }) {
  const t = useTranslations('savedFilters');
  const [state, formAction] = useActionState(deleteSavedFilterAction, IDLE);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton
        variant="ghost"
        className="min-h-9 px-2 text-danger"
        aria-label={t('deleteNamed', { name })}
      >
        {t('delete')}
      </SubmitButton>
      {state.status === 'error' ? <FormFeedback state={state} /> : null}
    </form>
  );
}
