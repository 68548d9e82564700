'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormFeedback } from '@/components/ui/form-feedback';
import { Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { formKey, IDLE } from '@/lib/form-state';
import { VERIFICATION_STATUSES } from '@vigil/contracts/enums';
import { reviewIncidentAction } from './actions';

/** Shown to reviewers who did not write the record: verification is a second person's call. */
export function ReviewForm({
  incidentId,
  version,
  current,
}: {
  incidentId: string;
  version: number;
  current: string;
}) {
  const t = useTranslations('incidentDetail');
  const te = useTranslations('incidentEnums');
  const tc = useTranslations('common');
  const [state, formAction] = useActionState(reviewIncidentAction, IDLE);
  return (
    <form
      key={formKey(state, String(version))}
      action={formAction}
      className="flex flex-col gap-3"
      data-testid="review-form"
    >
      <FormFeedback state={state} success={tc('saved')} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="version" value={version} />
      <Select
        name="verificationStatus"
        id="review-status"
        label={t('verificationStatus')}
        hint={t('reviewHint')}
        defaultValue={state.values?.verificationStatus ?? current}
        options={VERIFICATION_STATUSES.map((value) => ({ value, label: te(`verification.${value}`) }))}
      />
      <div>
        <SubmitButton>{t('review')}</SubmitButton>
      </div>
    </form>
  );
}
